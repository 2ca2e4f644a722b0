package vn.canbo.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import vn.canbo.shared.Scope;

/**
 * The units of an event, asked from the {@link AuditSubjects} of the other modules when
 * it is written, and whether a reader's scope covers the whole tree.
 */
final class AuditScoping {

	private final ObjectProvider<AuditSubjects> subjects;

	AuditScoping(ObjectProvider<AuditSubjects> subjects) {
		this.subjects = subjects;
	}

	/**
	 * The units the event concerns, with their ancestors, sorted; null when no module
	 * knows its subject (then only whole-tree readers see it).
	 */
	List<Long> unitsOf(String entityType, String entityId, Long personId) {
		Set<Long> direct = new TreeSet<>();
		subjects.orderedStream().forEach(s -> direct.addAll(s.units(entityType, entityId, personId)));
		if (direct.isEmpty()) {
			return null;
		}
		Set<Long> all = new TreeSet<>(direct);
		subjects.orderedStream().forEach(s -> all.addAll(s.withAncestors(direct)));
		return List.copyOf(all);
	}

	/**
	 * Unrestricted, or scope units including every root of today's tree (asked from the
	 * module owning the tree).
	 */
	boolean wholeTree(Scope scope) {
		return scope.unrestricted()
				|| (!scope.rootUnitIds().isEmpty() && subjects.orderedStream().anyMatch(s -> s.wholeTree(scope)));
	}

	/** A PostgreSQL array literal, {@code {1,2,3}}. */
	static String array(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	/** The stored {@code unit_ids} of a row, in their stored order (null = none). */
	static List<Long> units(ResultSet rs) throws SQLException {
		Array a = rs.getArray("unit_ids");
		return a == null ? null : Arrays.stream((Long[]) a.getArray()).toList();
	}

}
