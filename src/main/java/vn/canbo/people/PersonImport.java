package vn.canbo.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Bulk creation for spreadsheet imports: {@link PersonService#createAll} with one
 * difference — the main position's unit is NOT looked up again for every person (a query
 * each, the largest cost of a 100,000-row import). The caller must have checked, with its
 * own per-file cache, that each unit exists on the position's start date and is in the
 * scope. Every other rule is the same (dossier, position, salary with the coefficient
 * filled from the pay table, qualifications, national IDs unique in the list and in the
 * database); errors carry the entry's index. Text must come cleaned (NFC, trimmed, single
 * spaces, blank = null — what the import's reader produces): the reflective cleaning of
 * createAll is skipped, it was a quarter of the commit time.
 */
@Component
public class PersonImport {

	private final PersonRows persons;

	private final BatchInsert batch;

	private final DossierValidator dossierRules;

	private final HistoryValidator historyRules;

	private final CurrentUser currentUser;

	PersonImport(PersonRows persons, BatchInsert batch, DossierValidator dossierRules, HistoryValidator historyRules,
			CurrentUser currentUser) {
		this.persons = persons;
		this.batch = batch;
		this.dossierRules = dossierRules;
		this.historyRules = historyRules;
		this.currentUser = currentUser;
	}

	/**
	 * Inserts the dossiers (JDBC batches, joining the caller's transaction); returns the
	 * new ids in order.
	 */
	@Transactional
	public List<Long> createAllWithCheckedUnits(List<NewPerson> people, Scope scope) {
		Errors errors = new Errors();
		List<NewPerson> clean = new ArrayList<>(people.size());
		Map<String, Integer> ids = new HashMap<>();
		for (int i = 0; i < people.size(); i++) {
			Errors e = errors.nested("[" + i + "].");
			NewPerson n = people.get(i);
			if (n == null || n.data() == null || n.mainPosition() == null || n.mainPosition().unitId() == null) {
				e.add("data", "Thông tin hồ sơ và đơn vị công tác là bắt buộc");
				continue;
			}
			PersonData d = n.data();
			dossierRules.validate(d, e);
			PartialDate birth = d.birthDate() == null || d.birthDate().date().isAfter(java.time.LocalDate.now()) ? null
					: d.birthDate();
			Position m = n.mainPosition();
			Errors pe = new Errors();
			historyRules.position(new Position(null, null, null, m.titleCode(), m.titleText(), m.concurrent(),
					m.partyPost(), m.validFrom(), m.validTo(), m.termStart(), m.termEnd(), m.decisionNumber(),
					m.decisionDate(), null, m.note()), birth, scope, pe);
			for (FieldError f : pe.all()) {
				if (!f.field().equals("unitId")) {
					e.add("mainPosition." + f.field(), f.message(), f.rejectedValue());
				}
			}
			if (m.concurrent()) {
				e.add("mainPosition.concurrent", "Chức vụ ban đầu phải là chức vụ chính (không kiêm nhiệm)");
			}
			Salary s = n.salary() == null ? null : historyRules.salary(n.salary(), birth, e.nested("salary."));
			List<Qualification> qs = new ArrayList<>();
			for (int j = 0; j < n.qualifications().size(); j++) {
				Qualification q = n.qualifications().get(j);
				historyRules.qualification(q, birth, e.nested("qualifications[" + j + "]."));
				qs.add(q);
			}
			if (d.nationalId() != null) {
				Integer other = ids.putIfAbsent(d.nationalId(), i);
				if (other != null) {
					e.add("nationalId", "Số CCCD trùng với hồ sơ thứ " + (other + 1) + " trong danh sách",
							d.nationalId());
				}
			}
			clean.add(new NewPerson(d, m, s, qs));
		}
		if (!ids.isEmpty()) {
			for (String taken : persons.nationalIdsTaken(new ArrayList<>(ids.keySet()), null)) {
				errors.nested("[" + ids.get(taken) + "].").add("nationalId", "Số CCCD đã có trong hồ sơ khác", taken);
			}
		}
		errors.throwIfAny();
		return batch.insert(clean, currentUser.username());
	}

}
