package vn.canbo.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canbo.people.DisciplineEffects;
import vn.canbo.people.PersonCategory;

/**
 * The periods of effect of the dossier's disciplines: the parameter
 * {@code discipline.effect_months.<FORM>.<CATEGORY>} in force on the decision date
 * (migration V8_18, with the legal basis of each version).
 */
@Component
class DisciplineEffectsOfParameters implements DisciplineEffects {

	static final String KEY = "discipline.effect_months.";

	private final RuleParameters params;

	DisciplineEffectsOfParameters(RuleParameters params) {
		this.params = params;
	}

	@Override
	public Optional<Integer> effectMonths(String formCode, PersonCategory category, LocalDate decidedOn) {
		if (formCode == null || category == null || decidedOn == null) {
			return Optional.empty();
		}
		return params.find(KEY + formCode + "." + category.name(), decidedOn)
			.map(p -> Integer.valueOf(p.value().strip()));
	}

}
