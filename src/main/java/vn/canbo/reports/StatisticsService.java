package vn.canbo.reports;

import vn.canbo.shared.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.reports.PersonCounts.Cell;
import vn.canbo.reports.PersonCounts.Measure;
import vn.canbo.reports.PersonCounts.MeasureRow;
import vn.canbo.reports.PopulationResolver.Resolved;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The statistics engine: tables (pivot and standard layouts), single counts and the
 * persons behind any cell, for a {@link Population} as of a date, always within the
 * caller's {@link Scope} (outside it: nothing is counted; an explicit unit outside it is
 * a {@link NotFoundException}). Percentages come from the counts, half-up to 2 decimals
 * ({@link #percent}).
 */
@Service
public class StatisticsService {

	private final PersonCounts stats;

	private final Units units;

	private final ValueLabels labels;

	private final Layouts layouts;

	private final PopulationResolver resolver;

	StatisticsService(PersonCounts stats, Units units, ValueLabels labels, Layouts layouts,
			PopulationResolver resolver) {
		this.stats = stats;
		this.units = units;
		this.labels = labels;
		this.layouts = layouts;
		this.resolver = resolver;
	}

	private Resolved resolve(Population pop, LocalDate asOf, Map<Dim, List<String>> filters, Scope scope, Dim rollUp) {
		return resolver.resolve(pop, asOf, filters, scope, rollUp);
	}

	/** part / whole in percent, half-up to 2 decimals; null when whole is 0. */
	public static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part)
					.multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Pivot: counts by {@code rows} × {@code cols} among the population's persons with
	 * the filter values.
	 */
	public StatisticsTable pivot(Population pop, LocalDate asOf, Dim rows, Dim cols, Map<Dim, List<String>> filters,
			Scope scope) {
		if (rows.unitRollUp() && cols.unitRollUp() && rows != cols) {
			throw new ValidationException(
					List.of(new FieldError("cols", Messages.text("reports.error.oneUnitRollUp"), cols.name())));
		}
		Resolved r = resolve(pop, asOf, filters, scope, rows.unitRollUp() ? rows : cols.unitRollUp() ? cols : null);
		List<Cell> cells = r.empty() ? List.of() : stats.crossTab(r.query(), rows.base(), cols.base(), scope);
		Map<String, Map<String, Cell>> byRow = new LinkedHashMap<>();
		Set<String> rowKeys = new LinkedHashSet<>();
		Set<String> colKeys = new LinkedHashSet<>();
		Cell grand = null;
		Map<String, Cell> rowTotals = new HashMap<>();
		Map<String, Cell> colTotals = new HashMap<>();
		for (Cell c : cells) {
			if (c.row() == null && c.column() == null) {
				grand = c;
			}
			else if (c.column() == null) {
				rowTotals.put(c.row(), c);
				rowKeys.add(c.row());
			}
			else if (c.row() == null) {
				colTotals.put(c.column(), c);
				colKeys.add(c.column());
			}
			else {
				byRow.computeIfAbsent(c.row(), k -> new HashMap<>()).put(c.column(), c);
			}
		}
		List<String> rowOrder = order(rows, rowKeys, r.asOf());
		List<String> colOrder = order(cols, colKeys, r.asOf());
		Map<String, String> rowLabels = labels.labels(rows, rowOrder, r.asOf());
		Map<String, String> colLabels = labels.labels(cols, colOrder, r.asOf());
		long grandCount = grand == null ? 0 : grand.count();
		List<StatisticsTable.Column> columns = new ArrayList<>();
		for (String k : colOrder) {
			columns
				.add(new StatisticsTable.Column(k, cols == Dim.TOTAL ? null : cols.label(), colLabels.get(k), false));
		}
		List<StatisticsTable.Row> out = new ArrayList<>();
		for (String rk : rowOrder) {
			Cell rt = rowTotals.get(rk);
			long rowTotal = rt == null ? 0 : rt.count();
			List<StatisticsTable.Cell> cs = new ArrayList<>();
			for (String ck : colOrder) {
				Cell c = byRow.getOrDefault(rk, Map.of()).get(ck);
				long n = c == null ? 0 : c.count();
				cs.add(new StatisticsTable.Cell(n, percent(n, rowTotal), percent(n, grandCount), null,
						drill(rows, rk, cols, List.of(ck))));
			}
			out.add(new StatisticsTable.Row(rk, rowLabels.get(rk), rowTotal, cs));
		}
		List<StatisticsTable.Cell> totalCells = new ArrayList<>();
		for (String ck : colOrder) {
			Cell c = colTotals.get(ck);
			long n = c == null ? 0 : c.count();
			totalCells.add(new StatisticsTable.Cell(n, percent(n, grandCount), percent(n, grandCount), null,
					drill(null, null, cols, List.of(ck))));
		}
		StatisticsTable.Row total = new StatisticsTable.Row(null, Messages.text("reports.export.total"), grandCount,
				totalCells);
		String title = rows.label() + (cols == Dim.TOTAL ? "" : " × " + cols.label());
		return new StatisticsTable(title, pop.name(), r.asOf(), rows, cols, columns, out, total);
	}

	/** A standard layout by code; {@code rows} null = the layout's own row dimension. */
	public StatisticsTable layout(String layoutCode, Population pop, LocalDate asOf, Dim rows, Scope scope) {
		Layout layout = layouts.find(layoutCode)
			.orElseThrow(() -> new NotFoundException(Messages.text("reports.error.noLayout", layoutCode)));
		return layout(layout, pop, asOf, rows, scope);
	}

	/**
	 * A standard layout: one row per value of the row dimension, one column per layout
	 * column, in one query.
	 */
	public StatisticsTable layout(Layout layout, Population pop, LocalDate asOf, Dim rows, Scope scope) {
		Dim rowDim = rows == null ? layout.rowDim() : rows;
		Resolved r = resolve(pop, asOf, Map.of(), scope, rowDim.unitRollUp() ? rowDim : null);
		List<Measure> measures = new ArrayList<>();
		List<StatisticsTable.Column> columns = new ArrayList<>();
		List<List<String>> colValues = new ArrayList<>();
		for (int i = 0; i < layout.columns().size(); i++) {
			Layout.Column c = layout.columns().get(i);
			String key = "c" + i;
			columns.add(new StatisticsTable.Column(key, c.group(), c.header(), c.averageAge()));
			List<String> values = c.dim() == null || c.dim() == Dim.TOTAL ? List.of() : expand(c.dim(), c.values());
			colValues.add(values);
			if (!c.averageAge()) {
				measures.add(new Measure(key, c.dim() == null ? Dimension.TOTAL : c.dim().base(), values));
			}
		}
		List<MeasureRow> result = r.empty() ? List.of() : stats.measures(r.query(), rowDim.base(), measures, scope);
		MeasureRow grand = result.stream()
			.filter(m -> m.row() == null)
			.findFirst()
			.orElse(new MeasureRow(null, 0, 0, Map.of()));
		Map<String, MeasureRow> byKey = new HashMap<>();
		result.stream().filter(m -> m.row() != null).forEach(m -> byKey.put(m.row(), m));
		List<String> rowOrder = order(rowDim, byKey.keySet(), r.asOf());
		Map<String, String> rowLabels = labels.labels(rowDim, rowOrder, r.asOf());
		List<StatisticsTable.Row> out = new ArrayList<>();
		for (String rk : rowOrder) {
			MeasureRow m = byKey.getOrDefault(rk, new MeasureRow(rk, 0, 0, Map.of()));
			out.add(new StatisticsTable.Row(rk, rowLabels.get(rk), m.total(),
					layoutCells(layout, m, grand.total(), rowDim, rk, colValues)));
		}
		StatisticsTable.Row total = new StatisticsTable.Row(null, Messages.text("reports.export.total"), grand.total(),
				layoutCells(layout, grand, grand.total(), null, null, colValues));
		return new StatisticsTable(layout.name(), pop.name(), r.asOf(), rowDim, null, columns, out, total);
	}

	private List<StatisticsTable.Cell> layoutCells(Layout layout, MeasureRow m, long grand, Dim rowDim, String rowKey,
			List<List<String>> colValues) {
		List<StatisticsTable.Cell> cells = new ArrayList<>();
		for (int i = 0; i < layout.columns().size(); i++) {
			Layout.Column c = layout.columns().get(i);
			if (c.averageAge()) {
				cells.add(new StatisticsTable.Cell(m.total(), null, null, PersonCounts.average(m.ageSum(), m.total()),
						null));
				continue;
			}
			long n = m.counts().getOrDefault("c" + i, 0L);
			Dim cd = c.dim() == null ? Dim.TOTAL : c.dim();
			cells.add(new StatisticsTable.Cell(n, percent(n, m.total()), percent(n, grand), null,
					drill(rowDim, rowKey, cd, colValues.get(i))));
		}
		return cells;
	}

	/**
	 * The count of the population's persons having the filter values (e.g. a ratio's
	 * numerator).
	 */
	public long count(Population pop, LocalDate asOf, Map<Dim, List<String>> filters, Scope scope) {
		Dim rollUp = filters.keySet().stream().filter(Dim::unitRollUp).findFirst().orElse(null);
		Resolved r = resolve(pop, asOf, filters, scope, rollUp);
		return r.empty() ? 0 : stats.count(r.query(), scope);
	}

	/**
	 * The ids of the population's persons on the date (its roots, unit type, categories,
	 * title groups, fixed values and criterion, as every count here), within the scope —
	 * for a module that intersects a population with its own records, e.g. the evaluation
	 * figures of "cán bộ lãnh đạo". A root outside the scope: {@link NotFoundException};
	 * a criterion that does not check: {@link ValidationException}.
	 */
	public Set<Long> personIds(Population pop, LocalDate asOf, Scope scope) {
		Resolved r = resolve(pop, asOf, Map.of(), scope, null);
		return r.empty() ? Set.of() : new HashSet<>(stats.personIds(r.query(), scope));
	}

	/** Average age of the population (2 decimals), null when empty. */
	public BigDecimal averageAge(Population pop, LocalDate asOf, Map<Dim, List<String>> filters, Scope scope) {
		Dim rollUp = filters.keySet().stream().filter(Dim::unitRollUp).findFirst().orElse(null);
		Resolved r = resolve(pop, asOf, filters, scope, rollUp);
		if (r.empty()) {
			return null;
		}
		List<Cell> cells = stats.crossTab(r.query(), Dimension.TOTAL, Dimension.TOTAL, scope);
		return cells.stream()
			.filter(c -> c.row() == null && c.column() == null)
			.findFirst()
			.map(c -> PersonCounts.average(c.ageSum(), c.count()))
			.orElse(null);
	}

	/**
	 * The persons behind a cell: {@code cell} = dimension → accepted values (e.g. SUBUNIT
	 * → [unit id], GENDER → [FEMALE]). A unit value outside the scope is a
	 * {@link NotFoundException}.
	 */
	public PageResult<PersonRow> persons(Population pop, LocalDate asOf, Map<Dim, List<String>> cell, Scope scope,
			int page, int size) {
		Map<Dim, List<String>> filters = new LinkedHashMap<>(cell);
		Dim rollUp = filters.keySet().stream().filter(Dim::unitRollUp).findFirst().orElse(null);
		LocalDate d = asOf != null ? asOf : pop.asOfOrToday();
		for (Map.Entry<Dim, List<String>> e : cell.entrySet()) {
			if (e.getKey() == Dim.UNIT || e.getKey() == Dim.SUBUNIT) {
				for (String v : e.getValue()) {
					if (!v.isEmpty() && (!v.chars().allMatch(Character::isDigit)
							|| !units.inScope(Long.parseLong(v), scope, d))) {
						throw new NotFoundException(Messages.text("reports.error.unitNotFound", String.valueOf(v)));
					}
				}
			}
		}
		Resolved r = resolve(pop, asOf, filters, scope, rollUp);
		if (r.empty()) {
			return new PageResult<>(List.of(), page, size, 0, false);
		}
		return stats.persons(r.query(), Map.of(), scope, page, size);
	}

	// ---------------------------------------------------------------------------------------------------------

	private List<String> expand(Dim dim, List<String> values) {
		if (values.contains("*")) {
			return labels.anyRecorded(dim);
		}
		return values;
	}

	private List<String> order(Dim dim, Collection<String> present, LocalDate asOf) {
		Map<String, String> known = labels.known(dim);
		List<String> out = new ArrayList<>();
		for (String k : known.keySet()) {
			if (present.contains(k) || (labels.showAll(dim) && !k.isEmpty())) {
				out.add(k);
			}
		}
		List<String> rest = present.stream().filter(k -> !known.containsKey(k)).collect(Collectors.toList());
		if (dim == Dim.AGE) {
			rest.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
		}
		else if (dim == Dim.UNIT || dim == Dim.SUBUNIT) {
			rest = labels.inTreeOrder(rest, asOf);
		}
		else {
			rest.sort(String::compareTo);
		}
		out.addAll(rest);
		return out;
	}

	private static String drill(Dim rows, String rowKey, Dim cols, List<String> colValues) {
		StringBuilder s = new StringBuilder();
		if (rows != null && rows != Dim.TOTAL && rowKey != null) {
			s.append("rd=").append(rows.name()).append("&rv=").append(enc(rowKey));
		}
		if (cols != null && cols != Dim.TOTAL && colValues != null && !colValues.isEmpty()) {
			if (!s.isEmpty()) {
				s.append('&');
			}
			s.append("cd=").append(cols.name()).append("&cv=").append(enc(String.join(",", colValues)));
		}
		return s.toString();
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
