package vn.canbo.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart.js data for a statistics table (rendered by /js/reports.js from a canvas
 * data-chart attribute).
 */
public final class Charts {

	private Charts() {
	}

	/**
	 * type bar | stacked | pie | pyramid. One dataset per column; pie: the column totals
	 * (or the row totals for a single column); pyramid: columns by gender, men negative,
	 * bars horizontal.
	 */
	public static Map<String, Object> chartJs(StatisticsTable t, String type) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("type", type);
		List<Map<String, Object>> datasets = new ArrayList<>();
		if ("pie".equals(type)) {
			boolean byRows = t.columns().size() <= 1;
			c.put("labels", byRows ? t.rows().stream().map(StatisticsTable.Row::label).toList()
					: t.columns().stream().map(StatisticsTable.Column::header).toList());
			List<Long> data = byRows ? t.rows().stream().map(StatisticsTable.Row::total).toList()
					: t.total().cells().stream().map(StatisticsTable.Cell::count).toList();
			datasets.add(Map.of("label", t.title(), "data", data));
		}
		else {
			c.put("labels", t.rows().stream().map(StatisticsTable.Row::label).toList());
			for (int i = 0; i < t.columns().size(); i++) {
				StatisticsTable.Column col = t.columns().get(i);
				final int k = i;
				boolean negative = "pyramid".equals(type) && "MALE".equals(col.key());
				List<Long> data = t.rows().stream().map(r -> r.cells().get(k).count() * (negative ? -1 : 1)).toList();
				datasets.add(Map.of("label", col.header(), "data", data));
			}
		}
		c.put("datasets", datasets);
		return c;
	}

}
