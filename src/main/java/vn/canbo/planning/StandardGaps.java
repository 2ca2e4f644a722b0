package vn.canbo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.PersonView;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.shared.Messages;
import vn.canbo.training.TitleRequirement;
import vn.canbo.training.TitleStandard;
import vn.canbo.training.TitleStandards;

/**
 * PLAN-09: what a person lacks of the standard of a title (training's
 * {@link TitleStandards}, the version in force on the day for the unit's level), compared
 * as training's gap analysis does: a level meets when it is the required one or later in
 * its kind's level catalog (QP-AN groups: DT1 the highest).
 */
@Component
class StandardGaps {

	private final TitleStandards standards;

	private final Catalogs catalogs;

	StandardGaps(TitleStandards standards, Catalogs catalogs) {
		this.standards = standards;
		this.catalogs = catalogs;
	}

	/** The gaps as sentences; null when the title has no standard in force. */
	List<String> gaps(PersonView person, String titleCode, String adminLevel, LocalDate on) {
		return gaps(person, standards.inForce(titleCode, adminLevel, on), on);
	}

	/** The standard in force of a title and level (read once by a bulk caller). */
	Optional<TitleStandard> inForce(String titleCode, String adminLevel, LocalDate on) {
		return standards.inForce(titleCode, adminLevel, on);
	}

	/** The gaps against a standard already read; null without one. */
	List<String> gaps(PersonView person, Optional<TitleStandard> s, LocalDate on) {
		if (s.isEmpty()) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (TitleRequirement r : s.get().requirements()) {
			List<String> order = order(r.kind());
			int required = order.indexOf(r.levelCode());
			String best = null;
			for (Qualification q : person.qualifications()) {
				if (q.kind() == r.kind() && q.validOn(on) && order.indexOf(q.levelCode()) >= 0
						&& (best == null || order.indexOf(q.levelCode()) > order.indexOf(best))) {
					best = q.levelCode();
				}
			}
			if (best == null || order.indexOf(best) < required) {
				String kind = Messages.text("training.standard.kind." + r.kind().name());
				out.add(best == null ? Messages.text("planning.check.standard.gapNothing", kind, r.levelName())
						: Messages.text("planning.check.standard.gap", kind, r.levelName(), levelName(r.kind(), best)));
			}
		}
		return out;
	}

	private List<String> order(QualificationKind kind) {
		if (kind.levelCatalog() == null) {
			return List.of("DT4", "DT3", "DT2", "DT1");
		}
		return catalogs.list(kind.levelCatalog(), null).stream().map(CatalogItem::code).toList();
	}

	private String levelName(QualificationKind kind, String code) {
		if (kind.levelCatalog() == null) {
			return Messages.text("training.standard.group", code.substring(2));
		}
		return catalogs.name(kind.levelCatalog(), code);
	}

}
