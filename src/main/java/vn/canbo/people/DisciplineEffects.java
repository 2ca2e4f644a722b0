package vn.canbo.people;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The period during which a state (ADMINISTRATIVE) discipline form has effect for a
 * person category, by the law in force on the decision date: provided by the rules module
 * (its effective-dated parameters {@code discipline.effect_months.<FORM>.<CATEGORY>}), so
 * that the dossier computes the default end of a discipline without depending on the
 * rules. Empty: the form has no end for the category (buộc thôi việc…).
 */
@org.springframework.modulith.NamedInterface("api")
public interface DisciplineEffects {

	Optional<Integer> effectMonths(String formCode, PersonCategory category, LocalDate decidedOn);

}
