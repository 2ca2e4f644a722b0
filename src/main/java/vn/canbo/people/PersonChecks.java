package vn.canbo.people;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Validation of a new dossier without writing anything — the same rules {@link PersonService#createAll} applies
 * to each entry (dossier fields, main position in scope, salary, qualifications), for import previews. National
 * ID uniqueness is not checked here (see {@link PersonLookup}). Field names as in createAll without the index:
 * {@code fullName}, {@code mainPosition.unitId}, {@code salary.validFrom}, {@code qualifications[0].levelCode}.
 */
@Component
public class PersonChecks {

    private final DossierValidator dossierRules;
    private final HistoryValidator historyRules;

    PersonChecks(DossierValidator dossierRules, HistoryValidator historyRules) {
        this.dossierRules = dossierRules;
        this.historyRules = historyRules;
    }

    @Transactional(readOnly = true)
    public List<FieldError> check(NewPerson n, Scope scope) {
        Errors e = new Errors();
        if (n == null || n.data() == null) {
            e.add("data", "Thông tin hồ sơ là bắt buộc");
            return e.all();
        }
        PersonData d = Clean.record(n.data());
        dossierRules.validate(d, e);
        PartialDate birth = d.birthDate() == null || d.birthDate().date().isAfter(java.time.LocalDate.now()) ? null : d.birthDate();
        Position m = Clean.record(n.mainPosition());
        historyRules.position(m, birth, scope, e.nested("mainPosition."));
        if (m != null && m.concurrent()) {
            e.add("mainPosition.concurrent", "Chức vụ ban đầu phải là chức vụ chính (không kiêm nhiệm)");
        }
        if (n.salary() != null) {
            historyRules.salary(Clean.record(n.salary()), birth, e.nested("salary."));
        }
        for (int j = 0; j < n.qualifications().size(); j++) {
            historyRules.qualification(Clean.record(n.qualifications().get(j)), birth, e.nested("qualifications[" + j + "]."));
        }
        return e.all();
    }
}
