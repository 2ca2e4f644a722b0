package vn.canbo.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Batch reward decisions: one decision, many persons, all or nothing. Scope first (a
 * person outside it or unknown: not found, nothing stored), then the decision's own
 * fields once, then each person's award by the same rules as a single award
 * ({@link HistoryValidator#award}); every error at once, a person's named
 * {@code personIds[i].field}; one transaction, one audit event naming every person.
 */
@Service
@org.springframework.modulith.NamedInterface("api")
public class AwardBatches {

	private final PersonService people;

	AwardBatches(PersonService people) {
		this.people = people;
	}

	/** Records the decision for every person; answers how many awards were stored. */
	@Transactional
	public int award(AwardBatch b, Scope scope) {
		Errors e = new Errors();
		if (b.decisionNumber() == null || b.decisionNumber().isBlank()) {
			e.add("decisionNumber", Messages.text("people.collective.numberRequired"));
		}
		if (b.decisionDate() == null) {
			e.add("decisionDate", Messages.text("people.collective.dateRequired"));
		}
		if (b.personIds() == null || b.personIds().isEmpty()) {
			e.add("personIds", Messages.text("people.batch.personsRequired"));
		}
		else {
			Set<Long> seen = new HashSet<>();
			for (int i = 0; i < b.personIds().size(); i++) {
				Long id = b.personIds().get(i);
				if (id == null) {
					e.add("personIds[" + i + "]", Messages.text("people.batch.personsRequired"));
				}
				else if (!seen.add(id)) {
					e.add("personIds[" + i + "]", Messages.text("people.batch.duplicate", id), id);
				}
			}
		}
		e.throwIfAny();
		Award award = new Award(null, b.decisionDate().getYear(), b.formCode(), b.decisionNumber(), b.decisionDate(),
				b.issuer(), null, b.level(), b.achievement(), b.programme());
		List<HistoryEntry<Award>> entries = b.personIds().stream().map(id -> new HistoryEntry<>(id, award)).toList();
		try {
			return people.addAll(HistoryKind.AWARD, entries, scope);
		}
		catch (ValidationException ex) {
			List<FieldError> named = new ArrayList<>();
			for (FieldError f : ex.errors()) {
				named.add(new FieldError(f.field().startsWith("[") ? "personIds" + f.field() : f.field(), f.message(),
						f.rejectedValue()));
			}
			throw new ValidationException(named);
		}
	}

}
