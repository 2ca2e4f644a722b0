package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.RestructuringService.BodyAction;
import vn.canbo.org.RestructuringService.BodyChoice;
import vn.canbo.org.RestructuringSteps.Open;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.VietnameseText;

/**
 * The bodies of merged units (issue 20, point 5): when communes merge, their Đảng ủy,
 * UBND, HĐND, MTTQ and đoàn thể of the same type merge into one body of the successor,
 * named after it by the type's pattern ("Ủy ban nhân dân Xã Vĩnh Thạnh"); the persons'
 * positions follow through the merge's unit mapping and the old bodies end on the date.
 * Other children (thôn, phòng…) move under the successor under their own name. The user
 * may choose otherwise per child ({@link BodyChoice}). {@link #plan} validates (before
 * any write), {@link #apply} writes, inside the merge's transaction.
 */
record CommuneBodies(RestructuringSteps steps, UnitService units, Catalogs catalogs) {

	/** Unit types merged one-to-one by type by default, and their naming pattern. */
	static final Map<String, String> PATTERNS = Map.of("DANG_UY_XA", "Đảng ủy", "UBND", "Ủy ban nhân dân", "HDND",
			"Hội đồng nhân dân", "MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", "DOAN_TN",
			"Đoàn Thanh niên Cộng sản Hồ Chí Minh", "HOI_LHPN", "Hội Liên hiệp Phụ nữ", "HOI_ND", "Hội Nông dân",
			"HOI_CCB", "Hội Cựu chiến binh", "CONG_DOAN", "Công đoàn");

	/**
	 * Bodies of one type merged into {@code existing} (a body of a continuing successor)
	 * or into a new body {@code created} (its parent set at execution); the children of
	 * the members follow.
	 */
	record Group(List<Open> members, Long existing, UnitSpec created, List<Open> grandchildren) {
	}

	/** A child moved under the successor, renamed ({@code name} not null) or not. */
	record Moved(Open child, String name) {
	}

	record Plan(List<Group> groups, List<Moved> moved) {

		static final Plan NONE = new Plan(List.of(), List.of());

	}

	/** The default choice for a child: MERGE for a commune's body, KEEP otherwise. */
	static BodyAction defaultAction(String typeCode) {
		return PATTERNS.containsKey(typeCode) ? BodyAction.MERGE : BodyAction.KEEP;
	}

	/**
	 * Validates the choices and plans the children of the ending units.
	 * @param successorId the continuing successor, null when a new one is created
	 * @param successorCode code of the successor (new or existing)
	 * @param successorName name of the successor (new or existing)
	 */
	Plan plan(List<Open> children, Long successorId, String successorCode, String successorName,
			Map<Long, BodyChoice> choices, LocalDate d, Set<Long> ending, List<FieldError> errors) {
		Map<Long, BodyChoice> chosen = choices == null ? Map.of() : choices;
		Set<Long> childIds = new HashSet<>();
		children.forEach(c -> childIds.add(c.unitId()));
		for (Long id : chosen.keySet()) {
			if (!childIds.contains(id)) {
				errors
					.add(new FieldError("bodies", Messages.text("org.error.notChildOfMerge", String.valueOf(id)), id));
			}
		}
		if (successorCode == null || successorName == null) {
			return Plan.NONE;
		}
		Map<String, Long> existingByType = new LinkedHashMap<>();
		if (successorId != null) {
			for (UnitView c : units.children(successorId, d)) {
				if (!ending.contains(c.id())) {
					existingByType.putIfAbsent(c.typeCode(), c.id());
				}
			}
		}
		Map<String, List<Open>> byType = new LinkedHashMap<>();
		Map<String, String> groupNames = new LinkedHashMap<>();
		List<Moved> moved = new ArrayList<>();
		for (Open c : children) {
			BodyChoice choice = chosen.get(c.unitId());
			BodyAction action = choice == null || choice.action() == null ? defaultAction(c.typeCode())
					: choice.action();
			String name = choice == null ? null : VietnameseText.clean(choice.name());
			if (name != null && name.length() > 300) {
				errors.add(new FieldError("bodies", Messages.text("org.error.nameTooLong"), c.unitId()));
				continue;
			}
			switch (action) {
				case KEEP -> moved.add(new Moved(c, null));
				case RENAME -> {
					if (name == null) {
						errors.add(new FieldError("bodies", Messages.text("org.error.bodyNameRequired", c.name()),
								c.unitId()));
					}
					moved.add(new Moved(c, name));
				}
				case MERGE -> {
					byType.computeIfAbsent(c.typeCode(), k -> new ArrayList<>()).add(c);
					if (name != null) {
						groupNames.putIfAbsent(c.typeCode(), name);
					}
				}
			}
		}
		List<Group> groups = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		Set<Long> allEnding = new HashSet<>(ending);
		byType.values().forEach(l -> l.forEach(o -> allEnding.add(o.unitId())));
		for (var e : byType.entrySet()) {
			String type = e.getKey();
			List<Open> members = e.getValue();
			String name = groupNames.getOrDefault(type, pattern(type, d) + " " + successorName);
			Long existing = existingByType.get(type);
			if (existing == null && members.size() == 1) {
				// one body of its type: it continues under the successor's name
				moved.add(new Moved(members.get(0), name.equals(members.get(0).name()) ? null : name));
				continue;
			}
			List<Open> grandchildren = steps.children(members.stream().map(Open::unitId).toList(), allEnding, d,
					errors);
			UnitSpec created = existing != null ? null : new UnitSpec(uniqueCode(successorCode, type, codes),
					name.length() > 300 ? name.substring(0, 300) : name, null, type, members.get(0).level(), null);
			groups.add(new Group(members, existing, created, grandchildren));
		}
		return new Plan(groups, moved);
	}

	/** The pattern of a type, else its catalog name. */
	private String pattern(String type, LocalDate d) {
		String p = PATTERNS.get(type);
		return p != null ? p : catalogs.name(CatalogType.UNIT_TYPE, type);
	}

	/** {@code <successor code>.<type>}, unique among units (suffixed -2, -3… if not). */
	private String uniqueCode(String successorCode, String type, Set<String> taken) {
		String suffix = "." + type;
		String base = (successorCode.length() + suffix.length() > 36
				? successorCode.substring(0, Math.max(1, 36 - suffix.length())) : successorCode) + suffix;
		String code = base;
		for (int i = 2; taken.contains(code) || steps.jdbc()
			.sql("select count(*) from org_unit where code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0; i++) {
			code = base + "-" + i;
		}
		taken.add(code);
		return code;
	}

	/**
	 * Writes the plan under the successor: new bodies, ended members linked to their
	 * body, their children re-parented, the other children moved (renamed or not).
	 * Returns the mapping ended body → body that takes its people.
	 */
	Map<Long, Long> apply(Plan plan, long successor, LocalDate d, long rid, List<UnitView> created) {
		Map<Long, Long> mapping = new LinkedHashMap<>();
		for (Group g : plan.groups()) {
			long target;
			if (g.existing() != null) {
				target = g.existing();
			}
			else {
				UnitSpec s = g.created();
				target = steps.createUnit(new UnitSpec(s.code(), s.name(), null, s.typeCode(), s.level(), successor), d,
						rid);
				created.add(units.find(target, d).orElseThrow());
			}
			for (Open m : g.members()) {
				steps.close(m.unitId(), d);
				steps.link(rid, m.unitId(), target);
				mapping.put(m.unitId(), target);
			}
			for (Open c : g.grandchildren()) {
				steps.reparent(c, target, null, d, rid);
			}
		}
		for (Moved m : plan.moved()) {
			Open c = m.child();
			if (m.name() == null) {
				steps.reparent(c, successor, null, d, rid);
			}
			else {
				steps.close(c.unitId(), d);
				steps.insertVersion(c.unitId(), m.name(), null, c.typeCode(), c.level(), successor, d, rid);
			}
		}
		return mapping;
	}

}
