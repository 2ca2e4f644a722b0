package vn.canbo.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A computed statistics table: rows × columns of counts with percentages of the row total
 * and of the grand total (computed from the counts, half-up to 2 decimals), a total row,
 * and for each cell the query string of its drill-down (the persons behind it).
 * Average-age columns carry {@code value} instead of a count.
 */
public record StatisticsTable(String title, String populationName, LocalDate asOf, Dim rowDim, Dim colDim,
		List<Column> columns, List<Row> rows, Row total) {

	/** {@code group}: spanning header (null when none). */
	public record Column(String key, String group, String header, boolean average) {
	}

	public record Row(String key, String label, long total, List<Cell> cells) {
	}

	/**
	 * {@code drill}: the cell's drill-down parameters ("rv=…&cd=…&cv=…"), null when none.
	 */
	public record Cell(long count, BigDecimal pctOfRow, BigDecimal pctOfTotal, BigDecimal value, String drill) {
	}

	public long grandTotal() {
		return total == null ? 0 : total.total();
	}

	/** Column groups in order with their span, for a two-line header. */
	public List<HeaderGroup> headerGroups() {
		List<HeaderGroup> out = new java.util.ArrayList<>();
		for (Column c : columns) {
			String g = c.group();
			if (!out.isEmpty() && g != null && g.equals(out.get(out.size() - 1).label())) {
				HeaderGroup last = out.remove(out.size() - 1);
				out.add(new HeaderGroup(g, last.span() + 1, null));
			}
			else {
				out.add(new HeaderGroup(g, 1, g == null ? c.header() : null));
			}
		}
		return out;
	}

	/**
	 * Pivot tables show a row-total column; layouts define their own "Tổng số" column.
	 */
	public boolean showTotalColumn() {
		return colDim != null;
	}

	public boolean hasGroups() {
		return columns.stream().anyMatch(c -> c.group() != null);
	}

	/**
	 * A spanning group header, or (label null) an ungrouped column with its
	 * {@code header}.
	 */
	public record HeaderGroup(String label, int span, String header) {
	}
}
