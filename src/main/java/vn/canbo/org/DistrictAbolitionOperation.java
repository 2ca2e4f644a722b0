package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.canbo.org.RestructuringService.CommuneMerger;
import vn.canbo.org.RestructuringService.Dissolve;
import vn.canbo.org.RestructuringService.DistrictAbolition;
import vn.canbo.org.RestructuringService.Merge;
import vn.canbo.org.RestructuringService.Move;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;
import vn.canbo.shared.web.Formats;

/**
 * The 2025 two-tier reform for one district: see
 * {@link RestructuringService.DistrictAbolition}.
 */
record DistrictAbolitionOperation(RestructuringSteps steps, UnitService units, MergeOperation merges,
		MoveOperation moves, DissolveOperation dissolutions) {

	/** See {@link RestructuringService#abolishDistrict}. */
	List<RestructuringResult> abolishDistrict(DistrictAbolition cmd, Scope scope) {
		ScopeFirst.check(units, scope, RestructuringSteps.effectiveDate(cmd.decision()), ScopeFirst
			.ids(cmd.provinceUnitId(), cmd.districtUnitIds(), cmd.communes() == null ? null : cmd.communes()
				.stream()
				.filter(java.util.Objects::nonNull)
				.flatMap(c -> c.communeIds() == null ? java.util.stream.Stream.<Long>empty() : c.communeIds().stream())
				.toList()));
		List<FieldError> errors = new ArrayList<>();
		LocalDate d = steps.checkDecision(cmd.decision(), errors);
		if (d != null) {
			steps.checkActive("provinceUnitId", cmd.provinceUnitId(), d, errors);
		}
		if (cmd.districtUnitIds() == null || cmd.districtUnitIds().isEmpty()) {
			errors.add(new FieldError("districtUnitIds", Messages.text("org.error.districtRequired")));
		}
		if (cmd.communes() == null || cmd.communes().isEmpty()) {
			errors.add(new FieldError("communes", Messages.text("org.error.communesRequired")));
		}
		steps.throwIf(errors);
		List<RestructuringResult> results = new ArrayList<>();
		for (CommuneMerger m : cmd.communes()) {
			List<Long> old = m.communeIds() == null ? List.of() : m.communeIds();
			if (old.size() == 1 && m.newCommune() == null) {
				results.add(moves.move(new Move(old.get(0), cmd.provinceUnitId(), AdminLevel.COMMUNE, cmd.decision()),
						scope));
				continue;
			}
			if (m.newCommune() == null || old.size() < 2) {
				throw new ValidationException(
						List.of(new FieldError("communes", Messages.text("org.error.communeMergerTooFew"), old)));
			}
			UnitSpec c = m.newCommune();
			UnitSpec commune = new UnitSpec(c.code(), c.name(), c.shortName(), c.typeCode(),
					c.level() == null ? AdminLevel.COMMUNE : c.level(), cmd.provinceUnitId());
			// the old communes merge into the new commune; their bodies of the same type
			// merge into bodies of the new commune (CommuneBodies), the rest move under
			// it
			RestructuringResult communeMerge = merges.merge(new Merge(old, null, commune, cmd.decision(), Map.of()),
					scope);
			results.add(communeMerge);
		}
		// then the district units and what remains under them
		for (long district : cmd.districtUnitIds()) {
			List<TreeRow> rest = new ArrayList<>(units.subtree(district, d, 50));
			if (rest.isEmpty()) {
				throw new ValidationException(List.of(new FieldError("districtUnitIds",
						Messages.text("org.error.unitInactiveOn", String.valueOf(district), Formats.date(d)),
						district)));
			}
			rest.sort(Comparator.comparingInt(TreeRow::depth).reversed());
			for (TreeRow r : rest) {
				String heir = cmd.successors() == null ? null : cmd.successors().get(r.unit().id());
				Long heirId = null;
				if (heir != null) {
					heirId = units.findByCode(VietnameseText.clean(heir), d)
						.map(UnitView::id)
						.orElseThrow(() -> new ValidationException(List.of(new FieldError("successors",
								Messages.text("org.error.successorCodeNotFound", heir, Formats.date(d)), heir))));
				}
				results.add(dissolutions.dissolve(new Dissolve(r.unit().id(), heirId, false, Map.of(), cmd.decision()),
						scope));
			}
		}
		return results;
	}

}
