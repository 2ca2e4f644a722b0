package vn.canbo.org.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.org.StaffingService;
import vn.canbo.org.TreeRow;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;

/**
 * Tree rows with headcount (own, subtree) and the year's quota, for the API and the
 * pages.
 */
@Component
class TreeAssembler {

	private final UnitService units;

	private final StaffingService staffing;

	TreeAssembler(UnitService units, StaffingService staffing) {
		this.units = units;
		this.staffing = staffing;
	}

	record Node(UnitView unit, int depth, boolean hasChildren, long headcount, long subtreeHeadcount, Integer quota) {
	}

	/**
	 * The subtree down to {@code depth} levels; subtree headcounts count every level
	 * below.
	 */
	List<Node> subtree(long rootId, LocalDate asOf, int depth) {
		List<TreeRow> all = units.subtree(rootId, asOf, 50);
		return decorate(all, asOf, depth);
	}

	/** Rows as given (e.g. children, top units), each with its own subtree total. */
	List<Node> rows(List<TreeRow> rows, LocalDate asOf) {
		List<Node> out = new ArrayList<>();
		List<Long> ids = rows.stream().map(r -> r.unit().id()).toList();
		Map<Long, Integer> quotas = staffing.quotas(ids, asOf.getYear());
		Map<Long, java.util.Set<Long>> subtrees = units.subtreesOf(ids, asOf);
		java.util.Set<Long> everyone = new java.util.HashSet<>();
		subtrees.values().forEach(everyone::addAll);
		Map<Long, Long> own = staffing.headcounts(everyone, asOf);
		for (TreeRow r : rows) {
			long id = r.unit().id();
			long sub = subtrees.getOrDefault(id, java.util.Set.of(id))
				.stream()
				.mapToLong(u -> own.getOrDefault(u, 0L))
				.sum();
			out.add(new Node(r.unit(), r.depth(), r.hasChildren(), own.getOrDefault(id, 0L), sub, quotas.get(id)));
		}
		return out;
	}

	private List<Node> decorate(List<TreeRow> all, LocalDate asOf, int depth) {
		List<Long> ids = all.stream().map(r -> r.unit().id()).toList();
		Map<Long, Long> own = staffing.headcounts(ids, asOf);
		Map<Long, Integer> quotas = staffing.quotas(ids, asOf.getYear());
		Map<Long, Long> sub = new HashMap<>();
		// depth-first order: walk backwards adding each row's total to its parent
		for (int i = all.size() - 1; i >= 0; i--) {
			UnitView u = all.get(i).unit();
			long total = sub.getOrDefault(u.id(), 0L) + own.getOrDefault(u.id(), 0L);
			sub.put(u.id(), total);
			if (u.parentId() != null && i > 0) {
				sub.merge(u.parentId(), total, Long::sum);
			}
		}
		List<Node> out = new ArrayList<>();
		for (TreeRow r : all) {
			if (r.depth() <= depth) {
				long id = r.unit().id();
				out.add(new Node(r.unit(), r.depth(), r.hasChildren(), own.getOrDefault(id, 0L),
						sub.getOrDefault(id, 0L), quotas.get(id)));
			}
		}
		return out;
	}

}
