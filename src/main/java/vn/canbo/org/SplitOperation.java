package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.canbo.org.RestructuringService.Split;
import vn.canbo.org.RestructuringSteps.Open;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.VietnameseText;

/** Chia tách: see {@link RestructuringService.Split}. */
record SplitOperation(RestructuringSteps steps, UnitService units) {

	RestructuringResult split(Split cmd, Scope scope) {
		ScopeFirst.check(units, scope, RestructuringSteps.effectiveDate(cmd.decision()),
				ScopeFirst.ids(cmd.unitId(), cmd.newUnits() == null ? null
						: cmd.newUnits().stream().filter(java.util.Objects::nonNull).map(UnitSpec::parentId).toList()));
		List<FieldError> errors = new ArrayList<>();
		LocalDate d = steps.checkDecision(cmd.decision(), errors);
		Open unit = d == null ? null : steps.checkOpen("unitId", cmd.unitId(), d, errors);
		List<UnitSpec> specs = cmd.newUnits() == null ? List.of() : cmd.newUnits();
		if (specs.size() < 2) {
			errors.add(new FieldError("newUnits", Messages.text("org.error.splitTooFew")));
		}
		Set<String> codes = new HashSet<>();
		List<UnitSpec> resolved = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			resolved
				.add(steps.resolve(specs.get(i), unit, "newUnits[" + i + "]", d, Set.of(cmd.unitId()), errors, codes));
		}
		List<Open> children = d == null || unit == null ? List.of()
				: steps.children(List.of(cmd.unitId()), Set.of(cmd.unitId()), d, errors);
		Set<Long> childIds = new HashSet<>();
		children.forEach(c -> childIds.add(c.unitId()));
		Map<Long, String> childMapping = cmd.childMapping() == null ? Map.of() : cmd.childMapping();
		childMapping.forEach((child, code) -> {
			if (!childIds.contains(child)) {
				errors.add(new FieldError("childMapping",
						Messages.text("org.error.notChildOfSplit", String.valueOf(child)), child));
			}
			if (code == null || !codes.contains(VietnameseText.clean(code))) {
				errors.add(new FieldError("childMapping", Messages.text("org.error.newCodeUnknown"), code));
			}
		});
		Map<Long, String> personCodes = cmd.personMapping() == null ? Map.of() : cmd.personMapping();
		personCodes.forEach((person, code) -> {
			if (code == null || !codes.contains(VietnameseText.clean(code))) {
				errors.add(new FieldError("personMapping", Messages.text("org.error.newCodeUnknown"), code));
			}
		});
		steps.throwIf(errors);
		steps.checkScope(scope, d, List.of(cmd.unitId()),
				resolved.stream().map(UnitSpec::parentId).filter(Objects::nonNull).toArray(Long[]::new));

		long rid = steps.restructuring(RestructuringKind.SPLIT, cmd.decision());
		steps.endAll(List.of(cmd.unitId()), d);
		Map<String, Long> byCode = new LinkedHashMap<>();
		List<UnitView> created = new ArrayList<>();
		for (UnitSpec s : resolved) {
			long id = steps.createUnit(s, d, rid);
			byCode.put(s.code(), id);
			steps.link(rid, cmd.unitId(), id);
			created.add(units.find(id, d).orElseThrow());
		}
		long first = created.get(0).id();
		for (Open c : children) {
			String code = childMapping.get(c.unitId());
			steps.reparent(c, code == null ? first : byCode.get(VietnameseText.clean(code)), null, d, rid);
		}
		Map<Long, Long> persons = new LinkedHashMap<>();
		personCodes.forEach((p, code) -> persons.put(p, byCode.get(VietnameseText.clean(code))));
		return steps.publish(rid, RestructuringKind.SPLIT, cmd.decision(), Map.of(cmd.unitId(), first), persons,
				created);
	}

}
