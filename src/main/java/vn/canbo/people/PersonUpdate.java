package vn.canbo.people;

/** Body of PUT /api/v1/persons/{id}: the version the user loaded and the new fields. */
record PersonUpdate(Integer version, PersonData data) {
}
