package vn.canbo.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Cond} as a SQL boolean expression over the facts {@code f} of a
 * {@link CountSql} (its parameters receive the arrays). A POSITION node is
 * {@code exists (select 1 from person_position p … valid on :d and <its leaves on
 * p.unit_id, p.title_code, p.concurrent>)}. Every leaf is two-valued (a missing value is
 * "not in the set"), so NOT keeps its meaning on persons without a title or a level.
 */
final class CondSql {

	private final CountSql sql;

	private int n;

	CondSql(CountSql sql) {
		this.sql = sql;
	}

	String render(Cond c) {
		return render(c, null);
	}

	/** {@code pos}: the alias of the position of the enclosing POSITION node, or null. */
	private String render(Cond c, String pos) {
		return switch (c.kind()) {
			case AND -> join(c.of(), " and ", "true", pos);
			case OR -> join(c.of(), " or ", "false", pos);
			case NOT -> "not " + render(c.of().get(0), pos);
			case PERSON -> "coalesce((" + sql.condition(c.dim(), c.values(), param()) + "), false)";
			case UNIT -> {
				String p = param();
				sql.params.addValue(p, c.unitIds().toArray(Long[]::new));
				yield "coalesce(" + (pos == null ? "f" : pos) + ".unit_id = any(:" + p + "), false)";
			}
			case TITLE -> {
				String p = param();
				sql.params.addValue(p, c.values().toArray(String[]::new));
				yield "coalesce(" + (pos == null ? "f" : pos) + ".title_code = any(:" + p + "), false)";
			}
			// outside a POSITION node: the main position, never concurrent
			case CONCURRENT -> pos == null ? String.valueOf(!c.flag())
					: (c.flag() ? pos + ".concurrent" : "not " + pos + ".concurrent");
			case POSITION -> {
				String p = "cp" + n++;
				yield "exists (select 1 from person_position " + p + " where " + p + ".person_id = f.id and " + p
						+ ".deleted_at is null and " + CountSql.VALID.formatted(p) + " and "
						+ join(c.of(), " and ", "true", p) + ")";
			}
		};
	}

	private String join(List<Cond> of, String op, String empty, String pos) {
		if (of.isEmpty()) {
			return empty;
		}
		List<String> parts = new ArrayList<>();
		for (Cond c : of) {
			parts.add(render(c, pos));
		}
		return "(" + String.join(op, parts) + ")";
	}

	private String param() {
		return "crit" + n++;
	}

}
