package vn.canbo.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.canbo.people.PersonNames;

/**
 * The subjects' names, from the people API (evaluation does not read the person table): a
 * unit's subject or an unknown person gets an empty name, as the former join did.
 */
final class SubjectNames {

	private SubjectNames() {
	}

	/**
	 * The subjects with their persons' full names (one call of the people API);
	 * {@code into} receives the names read (their order, for sorting).
	 */
	static List<Subject> named(PersonNames names, List<Subject> subjects, Map<Long, PersonNames.Name> into) {
		List<Long> ids = subjects.stream().map(Subject::personId).filter(Objects::nonNull).toList();
		into.putAll(names.of(ids));
		return subjects.stream().map(x -> {
			PersonNames.Name n = x.personId() == null ? null : into.get(x.personId());
			return new Subject(x.id(), x.campaignId(), x.personId(), x.evaluatedUnitId(), n == null ? "" : n.fullName(),
					x.unitId(), x.unitName(), x.taskGroup(), x.category(), x.regime(), x.commonScore(), x.taskScore(),
					x.score(), x.rating(), x.disqualifiers(), x.disciplineOnRecord(), x.finalRating(), x.steps());
		}).toList();
	}

}
