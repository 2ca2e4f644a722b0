package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.Set;
import vn.canbo.people.PersonCategory;

/**
 * A campaign to open: its name, the root of the unit subtree, the period [periodFrom,
 * periodTo] (both inclusive), its kind and, for INDIVIDUAL, the person categories
 * evaluated (empty = CADRE, CIVIL_SERVANT and PUBLIC_EMPLOYEE); {@code deadline} is
 * optional (an alert when not finalised by then).
 */
@org.springframework.modulith.NamedInterface("api")
public record NewCampaign(String name, Long rootUnitId, PeriodKind periodKind, LocalDate periodFrom, LocalDate periodTo,
		CampaignKind kind, Set<PersonCategory> categories, LocalDate deadline) {

	public NewCampaign {
		categories = categories == null ? Set.of() : Set.copyOf(categories);
	}

}
