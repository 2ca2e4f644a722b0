package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.org.RestructuringService.CommuneMerger;
import vn.canbo.org.RestructuringService.Dissolve;
import vn.canbo.org.RestructuringService.DistrictAbolition;
import vn.canbo.org.RestructuringService.Merge;
import vn.canbo.org.RestructuringService.Move;
import vn.canbo.org.RestructuringSteps.Open;
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
record DistrictAbolitionOperation(RestructuringSteps steps, UnitService units, JdbcClient jdbc, MergeOperation merges,
		MoveOperation moves, DissolveOperation dissolutions) {

	/**
	 * Unit types of a commune's bodies merged one-to-one by type when communes merge;
	 * others (thôn, chi bộ…) are carried over.
	 */
	static final Map<String, String> COMMUNE_BODY_TYPES = Map.of("DANG_UY_XA", "Đảng ủy", "UBND", "Ủy ban nhân dân",
			"HDND", "Hội đồng nhân dân", "MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", "DOAN_TN",
			"Đoàn Thanh niên Cộng sản Hồ Chí Minh", "HOI_LHPN", "Hội Liên hiệp Phụ nữ", "HOI_ND", "Hội Nông dân",
			"HOI_CCB", "Hội Cựu chiến binh", "CONG_DOAN", "Công đoàn");

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
			// 1. the bodies of the old communes, merged by type into bodies of the new
			// commune (created in step 2's unit)
			Map<String, List<Long>> bodies = new LinkedHashMap<>();
			for (long o : old) {
				for (UnitView child : units.children(o, d)) {
					if (COMMUNE_BODY_TYPES.containsKey(child.typeCode())) {
						bodies.computeIfAbsent(child.typeCode(), k -> new ArrayList<>()).add(child.id());
					}
				}
			}
			// 2. the old communes merge into the new commune; bodies and the rest move
			// under it
			RestructuringResult communeMerge = merges.merge(new Merge(old, null, commune, cmd.decision(), Map.of()),
					scope);
			results.add(communeMerge);
			long newCommune = communeMerge.created().get(0).id();
			String communeName = communeMerge.created().get(0).name();
			String communeCode = communeMerge.created().get(0).code();
			for (var e : bodies.entrySet()) {
				String type = e.getKey();
				List<Long> group = e.getValue();
				if (group.size() < 2) {
					continue;
				}
				// the bodies were moved under the new commune at d by the merge: end that
				// one-day-old version instead
				results.add(mergeBodies(group, new UnitSpec(communeCode + "." + type,
						COMMUNE_BODY_TYPES.get(type) + " " + communeName, null, type, AdminLevel.COMMUNE, newCommune),
						cmd.decision()));
			}
		}
		// 3. the district units and what remains under them
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

	/**
	 * Merges bodies that a merge of their communes has just re-parented on the same date:
	 * their versions starting on that date are replaced (not ended after zero days),
	 * within the same transaction.
	 */
	private RestructuringResult mergeBodies(List<Long> bodyIds, UnitSpec spec, Decision decision) {
		LocalDate d = decision.effectiveDate();
		List<FieldError> errors = new ArrayList<>();
		steps.resolve(spec, null, "newUnit", d, Set.copyOf(bodyIds), errors, new HashSet<>());
		steps.throwIf(errors);
		long rid = steps.restructuring(RestructuringKind.MERGE, decision);
		// drop the same-day versions written by the commune merge, re-open the previous
		// ones, then end them at d
		// (the only delete of organisation history: rows written by this very
		// transaction, never committed, so
		// nothing recorded is lost; the database trigger of V3_4 allows it only for such
		// rows and only while the
		// transaction-local flag is on)
		jdbc.sql("select set_config('canbo.replace_same_day_version', 'on', true)").query(String.class).single();
		for (long b : bodyIds) {
			jdbc.sql("delete from org_unit_version where unit_id = ? and valid_from = ? and valid_to is null")
				.params(b, d)
				.update();
			jdbc.sql("update org_unit_version set valid_to = ? where unit_id = ? and valid_to = ?")
				.params(d, b, d)
				.update();
		}
		jdbc.sql("select set_config('canbo.replace_same_day_version', 'off', true)").query(String.class).single();
		long successor = steps.createUnit(spec, d, rid);
		Map<Long, Long> mapping = new LinkedHashMap<>();
		for (long b : bodyIds) {
			steps.link(rid, b, successor);
			mapping.put(b, successor);
		}
		for (Open c : steps.children(bodyIds, Set.copyOf(bodyIds), d, errors)) {
			steps.reparent(c, successor, null, d, rid);
		}
		steps.throwIf(errors);
		return steps.publish(rid, RestructuringKind.MERGE, decision, mapping, Map.of(),
				List.of(units.find(successor, d).orElseThrow()));
	}

}
