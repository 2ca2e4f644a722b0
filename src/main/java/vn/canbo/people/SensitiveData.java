package vn.canbo.people;

import java.util.List;

/**
 * Dữ liệu cá nhân nhạy cảm (NĐ 356/2025): the one place where sensitive fields are hidden
 * from users without SENSITIVE_READ. Ethnicity, religion, health, height, weight, blood
 * group → null; national ID → masked ("0*********12"); family members' political history
 * → null; history notes (arrest, former regime, foreign relations) → omitted.
 */
final class SensitiveData {

	private SensitiveData() {
	}

	static PersonView mask(PersonView v) {
		Person p = v.person();
		return new PersonView(
				new Person(p.id(), p.version(), mask(p.data()), p.createdAt(), p.createdBy(), p.updatedAt(),
						p.updatedBy()),
				v.asOf(), v.age(), v.partyMember(), v.mainPosition(), v.currentPositions(), v.currentSalary(),
				v.positions(), v.salaries(), v.qualifications(), v.trainings(), v.workHistory(), v.awards(),
				v.disciplines(), masked(HistoryKind.FAMILY, v), masked(HistoryKind.HISTORY_NOTE, v), v.massOrgs(),
				v.retirementCategories());
	}

	/**
	 * The entries of a kind as a user without SENSITIVE_READ may see them: none when the
	 * kind is sensitive as a whole, otherwise each masked.
	 */
	private static <T extends Record> List<T> masked(HistoryKind<T> kind, PersonView v) {
		return kind.sensitive() ? List.of() : kind.entries(v).stream().map(kind::mask).toList();
	}

	static PersonData mask(PersonData d) {
		return DossierFields.mask(d);
	}

	static FamilyMember mask(FamilyMember f) {
		return new FamilyMember(f.id(), f.side(), f.relationCode(), f.fullName(), f.birthYear(), f.details(),
				f.abroad(), null, f.deceased(), f.sort());
	}

	static HistoryNote mask(HistoryNote h) {
		return new HistoryNote(h.id(), h.kind(), h.from(), h.to(), null);
	}

}
