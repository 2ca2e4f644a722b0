package vn.canbo.people;

/**
 * An entry of a history kind for one dossier, for the bulk writes
 * ({@link PersonService#addAll}): demo data and imports.
 */
@org.springframework.modulith.NamedInterface("api")
public record HistoryEntry<T extends Record>(long personId, T entry) {
}
