package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.org.RestructuringPlan.Change;
import vn.canbo.org.RestructuringPlan.Fate;
import vn.canbo.org.RestructuringPlan.Outcome;
import vn.canbo.shared.Scope;

/**
 * The dry run behind {@link RestructuringService#preview}: reads the affected units and
 * their headcounts, runs the operation (the same code as the execution, events and
 * listeners included, so persons' positions really move), reads back what it did, then
 * rolls everything back (a savepoint inside a caller's transaction).
 */
@Component
class RestructuringPreview {

	private final TransactionTemplate tx;

	private final UnitService units;

	private final StaffingService staffing;

	private final JdbcClient jdbc;

	RestructuringPreview(PlatformTransactionManager txm, UnitService units, StaffingService staffing, JdbcClient jdbc) {
		this.tx = new TransactionTemplate(txm);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.units = units;
		this.staffing = staffing;
		this.jdbc = jdbc;
	}

	RestructuringPlan preview(RestructuringKind kind, LocalDate d, Scope scope, Collection<Long> named,
			Supplier<List<RestructuringResult>> run) {
		// the scope first, before anything is read (issue 12)
		ScopeFirst.check(units, scope, d, named);
		return tx.execute(status -> {
			try {
				return dryRun(kind, d == null ? LocalDate.now() : d, named, run);
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}

	private RestructuringPlan dryRun(RestructuringKind kind, LocalDate on, Collection<Long> named,
			Supplier<List<RestructuringResult>> run) {
		// before: the named units and their children, as they stand on the date
		Snapshot was = snapshot(named, on);
		List<UnitView> rows = was.rows();
		Map<Long, Integer> depth = was.depth();
		Map<Long, Set<Long>> subtreesBefore = was.subtrees();
		Map<Long, Long> before = was.headcounts();

		List<RestructuringResult> results = run.get();
		LocalDate d = results.isEmpty() ? on : results.get(0).effectiveDate();
		Long[] rids = results.stream().map(RestructuringResult::restructuringId).toArray(Long[]::new);
		Map<Long, List<Long>> successors = new LinkedHashMap<>();
		Map<Long, List<Long>> predecessors = new LinkedHashMap<>();
		jdbc.sql("""
				select predecessor_id, successor_id from org_restructuring_link
				where restructuring_id = any(?) order by restructuring_id, predecessor_id, successor_id""")
			.param(rids)
			.query((rs, n) -> {
				long p = rs.getLong(1);
				long s = rs.getLong(2);
				successors.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
				predecessors.computeIfAbsent(s, k -> new ArrayList<>()).add(p);
				return null;
			})
			.list();
		Set<Long> mentioned = new HashSet<>(depth.keySet());
		successors.values().forEach(mentioned::addAll);
		rows.forEach(r -> {
			if (r.parentId() != null) {
				mentioned.add(r.parentId());
			}
		});
		Map<Long, UnitView> after = units.findAll(mentioned, d);
		after.values().forEach(u -> {
			if (u.parentId() != null) {
				mentioned.add(u.parentId());
			}
		});
		after = units.findAll(mentioned, d);

		// what each affected unit becomes
		List<Change> changes = new ArrayList<>();
		long moving = 0;
		long leaving = 0;
		Map<Long, Integer> quotas = new HashMap<>(staffing.quotas(depth.keySet(), d.getYear()));
		for (UnitView u : rows) {
			int dp = depth.get(u.id());
			UnitView a = after.get(u.id());
			List<Long> succ = successors.getOrDefault(u.id(), List.of());
			Fate fate;
			String target = null;
			Long targetId = null;
			if (a == null && !succ.isEmpty()) {
				fate = Fate.MERGED_INTO;
				targetId = succ.get(0);
				target = String.join(", ",
						succ.stream().map(after::get).filter(Objects::nonNull).map(UnitView::name).toList());
			}
			else if (a == null) {
				fate = Fate.DISSOLVED;
			}
			else if (dp == 0 && predecessors.containsKey(u.id())) {
				fate = Fate.CONTINUES;
			}
			else if (!a.name().equals(u.name())) {
				fate = Fate.RENAMED;
				target = a.name();
				targetId = a.parentId();
			}
			else if (!Objects.equals(a.parentId(), u.parentId())) {
				fate = Fate.MOVED;
				targetId = a.parentId();
				UnitView p = a.parentId() == null ? null : after.get(a.parentId());
				target = p == null ? null : p.name();
			}
			else {
				fate = Fate.UNCHANGED;
			}
			long persons = before.getOrDefault(u.id(), 0L);
			if (fate == Fate.MERGED_INTO) {
				moving += persons;
			}
			else if (fate == Fate.DISSOLVED) {
				leaving += persons;
			}
			changes.add(new Change(u.id(), dp, u.name(), u.typeCode(), fate, target, targetId, persons,
					dp == 0 ? sum(before, subtreesBefore.get(u.id())) : null, quotas.get(u.id())));
		}

		// the resulting units: successors of the affected ones and those that continue
		Set<Long> resulting = new LinkedHashSet<>();
		for (UnitView u : rows) {
			if (depth.get(u.id()) == 0) {
				if (after.containsKey(u.id())) {
					resulting.add(u.id());
				}
				resulting.addAll(successors.getOrDefault(u.id(), List.of()));
			}
		}
		Snapshot now = snapshot(resulting, d);
		List<UnitView> outRows = now.rows();
		Map<Long, Integer> outDepth = now.depth();
		Map<Long, Set<Long>> subtreesAfter = now.subtrees();
		Map<Long, Long> afterCounts = now.headcounts();
		Set<Long> quotaIds = new HashSet<>(outDepth.keySet());
		predecessors.values().forEach(quotaIds::addAll);
		quotas.putAll(staffing.quotas(quotaIds, d.getYear()));
		Set<Long> createdIds = new HashSet<>();
		results.forEach(r -> r.created().forEach(c -> createdIds.add(c.id())));

		List<Outcome> outcomes = new ArrayList<>();
		for (UnitView r : outRows) {
			int dp = outDepth.get(r.id());
			List<Long> preds = predecessors.getOrDefault(r.id(), List.of())
				.stream()
				.filter(p -> successors.getOrDefault(p, List.of()).size() == 1)
				.toList();
			long personsBefore = before.getOrDefault(r.id(), 0L);
			Long subtreeBefore = dp == 0 ? subtreeBefore(before, subtreesBefore, r.id()) : null;
			Integer quotaBefore = quotas.get(r.id());
			for (Long p : preds) {
				personsBefore += before.getOrDefault(p, 0L);
				if (subtreeBefore != null) {
					subtreeBefore += subtreeBefore(before, subtreesBefore, p);
				}
				Integer q = quotas.get(p);
				if (q != null) {
					quotaBefore = quotaBefore == null ? q : quotaBefore + q;
				}
			}
			outcomes.add(new Outcome(r.id(), dp, r.name(), r.typeCode(), createdIds.contains(r.id()), personsBefore,
					afterCounts.getOrDefault(r.id(), 0L), subtreeBefore,
					dp == 0 ? sum(afterCounts, subtreesAfter.get(r.id())) : null, quotaBefore,
					createdIds.contains(r.id()) ? null : quotas.get(r.id())));
		}
		return new RestructuringPlan(kind, d, List.copyOf(changes), List.copyOf(outcomes), moving, leaving);
	}

	/**
	 * Units as they stand on a date: the rows (each unit found, then its children; depth
	 * 0 and 1), the subtree of each unit found, and the persons working in all of them.
	 */
	private record Snapshot(List<UnitView> rows, Map<Long, Integer> depth, Map<Long, Set<Long>> subtrees,
			Map<Long, Long> headcounts) {
	}

	private Snapshot snapshot(Collection<Long> ids, LocalDate on) {
		Map<Long, UnitView> tops = units.findAll(ids, on);
		List<UnitView> rows = new ArrayList<>();
		Map<Long, Integer> depth = new HashMap<>();
		for (Long id : ids) {
			UnitView u = tops.get(id);
			if (u == null || depth.containsKey(id)) {
				continue;
			}
			rows.add(u);
			depth.put(id, 0);
			for (UnitView c : units.children(id, on)) {
				if (!depth.containsKey(c.id())) {
					rows.add(c);
					depth.put(c.id(), 1);
				}
			}
		}
		Map<Long, Set<Long>> subtrees = units.subtreesOf(tops.keySet(), on);
		Set<Long> seen = new HashSet<>(depth.keySet());
		subtrees.values().forEach(seen::addAll);
		return new Snapshot(rows, depth, subtrees, staffing.headcounts(seen, on));
	}

	private static long subtreeBefore(Map<Long, Long> before, Map<Long, Set<Long>> subtrees, long id) {
		Set<Long> s = subtrees.get(id);
		return s == null ? before.getOrDefault(id, 0L) : sum(before, s);
	}

	private static long sum(Map<Long, Long> counts, Set<Long> ids) {
		return ids == null ? 0 : ids.stream().mapToLong(i -> counts.getOrDefault(i, 0L)).sum();
	}

}
