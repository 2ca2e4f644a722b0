package vn.canbo.org;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.Scope;

/**
 * Sắp xếp tổ chức: the tree changes only by operations on an effective date, never by
 * edits. Each operation validates everything first (Vietnamese field errors), then writes
 * the restructuring, the links predecessor → successor and the new versions in one
 * transaction, and publishes {@link UnitsRestructured} synchronously inside it (a failing
 * listener rolls everything back). Versions are only appended: an operation applies to a
 * unit's current (open) version and must be dated after that version's start. Every unit
 * named must lie in the caller's scope on the effective date. This facade holds the
 * transaction boundaries; each operation is its own class ({@link MergeOperation},
 * {@link SplitOperation}, {@link DissolveOperation}, {@link RenameOperation},
 * {@link MoveOperation}, {@link DistrictAbolitionOperation}) over the shared
 * {@link RestructuringSteps}.
 */
@Service
public class RestructuringService {

	/**
	 * Sáp nhập, hợp nhất: {@code unitIds} end; the successor is an existing unit (among
	 * or outside them, it continues) or a new one.
	 */
	public record Merge(List<Long> unitIds, Long successorId, UnitSpec newUnit, Decision decision,
			Map<Long, Long> personMapping, Map<Long, BodyChoice> bodies) {

		/** A merge whose child bodies take their defaults (see {@link BodyChoice}). */
		public Merge(List<Long> unitIds, Long successorId, UnitSpec newUnit, Decision decision,
				Map<Long, Long> personMapping) {
			this(unitIds, successorId, newUnit, decision, personMapping, Map.of());
		}
	}

	/** What becomes of a child body of the merged units. */
	public enum BodyAction {

		/**
		 * merged with the bodies of the same type into one body of the successor (the
		 * successor's own body of that type when it continues and has one)
		 */
		MERGE,
		/** moved under the successor with a new name */
		RENAME,
		/** moved under the successor under its own name */
		KEEP

	}

	/**
	 * The user's choice for one child of the merged units. Without a choice, the bodies
	 * of a commune (Đảng ủy, UBND, HĐND, MTTQ, đoàn thể: {@link CommuneBodies#PATTERNS})
	 * MERGE and are named after the successor ("Ủy ban nhân dân Xã Vĩnh Thạnh"); other
	 * children (thôn, phòng…) are KEPT. {@code name}: the new name for RENAME, or the
	 * merged body's name for MERGE (blank: the type's pattern).
	 */
	public record BodyChoice(BodyAction action, String name) {
	}

	/**
	 * Chia tách: the unit ends; the new units continue it. Children and persons are
	 * mapped to new unit codes (default: the first).
	 */
	public record Split(long unitId, List<UnitSpec> newUnits, Map<Long, String> childMapping,
			Map<Long, String> personMapping, Decision decision) {
	}

	/**
	 * Giải thể: the unit ends; an optional successor takes its people (and its children
	 * when {@code childrenToSuccessor}).
	 */
	public record Dissolve(long unitId, Long successorId, boolean childrenToSuccessor, Map<Long, Long> personMapping,
			Decision decision) {
	}

	/**
	 * Đổi tên: new name (and optionally short name, type) from the date. A null short
	 * name or type keeps the current one.
	 */
	public record Rename(long unitId, String name, String shortName, String typeCode, Decision decision) {
	}

	/**
	 * Chuyển trực thuộc: new parent (null = a root) and optionally a new administrative
	 * level from the date.
	 */
	public record Move(long unitId, Long newParentId, AdminLevel level, Decision decision) {
	}

	/**
	 * Several communes become one commune directly under the province. With one commune
	 * and no {@code newCommune} the commune itself is moved under the province (it keeps
	 * its identity).
	 */
	public record CommuneMerger(List<Long> communeIds, UnitSpec newCommune) {
	}

	/**
	 * The 2025 two-tier reform for one district (in effect 1/7/2025): the communes merge
	 * into new communes placed directly under {@code provinceUnitId}, their bodies of the
	 * same type (Đảng ủy, UBND, HĐND, MTTQ, đoàn thể) merge into the new commune's
	 * bodies, and the district units ({@code districtUnitIds}, with whatever remains
	 * under them) are dissolved. {@code successors} optionally names, per dissolved unit
	 * id, the CODE of the unit taking its people (an existing unit, or one created by
	 * this operation, e.g. the new commune's UBND {@code <commune code>.UBND}).
	 */
	public record DistrictAbolition(List<Long> districtUnitIds, long provinceUnitId, List<CommuneMerger> communes,
			Map<Long, String> successors, Decision decision) {

		public DistrictAbolition(List<Long> districtUnitIds, long provinceUnitId, List<CommuneMerger> communes,
				Decision decision) {
			this(districtUnitIds, provinceUnitId, communes, Map.of(), decision);
		}
	}

	private final MergeOperation merges;

	private final SplitOperation splits;

	private final DissolveOperation dissolutions;

	private final RenameOperation renames;

	private final MoveOperation moves;

	private final DistrictAbolitionOperation districtAbolitions;

	private final RestructuringPreview previews;

	RestructuringService(RestructuringSteps steps, UnitService units, Catalogs catalogs,
			RestructuringPreview previews) {
		this.previews = previews;
		this.merges = new MergeOperation(steps, units, new CommuneBodies(steps, units, catalogs));
		this.splits = new SplitOperation(steps, units);
		this.dissolutions = new DissolveOperation(steps, units);
		this.renames = new RenameOperation(steps, catalogs);
		this.moves = new MoveOperation(steps, units);
		this.districtAbolitions = new DistrictAbolitionOperation(steps, units, merges, moves, dissolutions);
	}

	@Transactional
	public RestructuringResult merge(Merge cmd, Scope scope) {
		return merges.merge(cmd, scope);
	}

	@Transactional
	public RestructuringResult split(Split cmd, Scope scope) {
		return splits.split(cmd, scope);
	}

	@Transactional
	public RestructuringResult dissolve(Dissolve cmd, Scope scope) {
		return dissolutions.dissolve(cmd, scope);
	}

	@Transactional
	public RestructuringResult rename(Rename cmd, Scope scope) {
		return renames.rename(cmd, scope);
	}

	@Transactional
	public RestructuringResult move(Move cmd, Scope scope) {
		return moves.move(cmd, scope);
	}

	/**
	 * Applies the two-tier reform for one district on the decision's date (1/7/2025): see
	 * {@link DistrictAbolition}. For each merger: the new commune is created under the
	 * province, the old communes' bodies of the same type merge into a new body of the
	 * new commune (code {@code <commune code>.<type>}, name
	 * "{@code <body> <commune name>}"), the old communes merge into the new commune (the
	 * rest of their children — thôn, chi bộ… — move under it), then every district unit
	 * is dissolved, deepest first. All or nothing; returns every restructuring in order.
	 */
	@Transactional
	public List<RestructuringResult> abolishDistrict(DistrictAbolition cmd, Scope scope) {
		return districtAbolitions.abolishDistrict(cmd, scope);
	}

	/**
	 * The plan of a restructuring, without applying it: the command ({@link Merge},
	 * {@link Split}, {@link Dissolve}, {@link Rename}, {@link Move} or
	 * {@link DistrictAbolition}) is executed by the very code of the operation inside a
	 * transaction (or savepoint) that is then rolled back, and what it did is read back
	 * before the rollback, so that the preview and the execution cannot disagree. Scope
	 * first (404), then the operation's validation errors, as for the execution.
	 */
	public RestructuringPlan preview(Object command, Scope scope) {
		if (command instanceof Merge m) {
			return plan(RestructuringKind.MERGE, m.decision(), scope, one(() -> merges.merge(m, scope)), m.unitIds(),
					m.successorId());
		}
		if (command instanceof Split s) {
			return plan(RestructuringKind.SPLIT, s.decision(), scope, one(() -> splits.split(s, scope)), s.unitId());
		}
		if (command instanceof Dissolve x) {
			return plan(RestructuringKind.DISSOLVE, x.decision(), scope, one(() -> dissolutions.dissolve(x, scope)),
					x.unitId(), x.successorId());
		}
		if (command instanceof Rename r) {
			return plan(RestructuringKind.RENAME, r.decision(), scope, one(() -> renames.rename(r, scope)), r.unitId());
		}
		if (command instanceof Move m) {
			return plan(RestructuringKind.MOVE, m.decision(), scope, one(() -> moves.move(m, scope)), m.unitId());
		}
		if (command instanceof DistrictAbolition a) {
			List<Long> communes = a.communes() == null ? List.of() : a.communes()
				.stream()
				.filter(java.util.Objects::nonNull)
				.flatMap(c -> c.communeIds() == null ? java.util.stream.Stream.<Long>empty() : c.communeIds().stream())
				.toList();
			return plan(RestructuringKind.MERGE, a.decision(), scope,
					() -> districtAbolitions.abolishDistrict(a, scope), a.districtUnitIds(), communes);
		}
		throw new IllegalArgumentException("not a restructuring: " + command);
	}

	private static Supplier<List<RestructuringResult>> one(Supplier<RestructuringResult> op) {
		return () -> List.of(op.get());
	}

	private RestructuringPlan plan(RestructuringKind kind, Decision decision, Scope scope,
			Supplier<List<RestructuringResult>> run, Object... named) {
		return previews.preview(kind, RestructuringSteps.effectiveDate(decision), scope, ScopeFirst.ids(named), run);
	}

	/** The signed-in user's name, or "system". */
	static String actor() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a == null || a.getName() == null ? "system" : a.getName();
	}

}
