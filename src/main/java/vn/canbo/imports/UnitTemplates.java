package vn.canbo.imports;

import static vn.canbo.imports.ImportColumn.catalog;
import static vn.canbo.imports.ImportColumn.choice;
import static vn.canbo.imports.ImportColumn.date;
import static vn.canbo.imports.ImportColumn.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.catalog.CatalogType;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.RestructuringService;
import vn.canbo.org.UnitService;
import vn.canbo.shared.Messages;

/**
 * The UNITS template: a locality's tree, one row a unit (code, name, parent by code, unit
 * type, administrative level, validity), created through the organisation module's API
 * ({@link UnitService#create}, and {@link RestructuringService#dissolve} for a unit that
 * ended). It lives in the imports module, not in org: org may not depend on imports
 * (imports → security → org would be a cycle). Headers, help texts and instructions are
 * the Vietnamese texts of the bundle ({@code imports.units.*}).
 */
@Component
class UnitTemplates implements ImportTemplateProvider {

	static final String UNITS = "UNITS";

	private final UnitService units;

	private final RestructuringService restructurings;

	private final PlatformTransactionManager transactions;

	UnitTemplates(UnitService units, RestructuringService restructurings, PlatformTransactionManager transactions) {
		this.units = units;
		this.restructurings = restructurings;
		this.transactions = transactions;
	}

	@Override
	public List<ImportTemplate> templates() {
		TransactionTemplate dryRun = new TransactionTemplate(transactions);
		dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		Map<String, String> levels = new LinkedHashMap<>();
		for (AdminLevel l : AdminLevel.values()) {
			levels.put(Messages.text(Messages.VIETNAMESE, "org.level." + l.name()), l.name());
		}
		List<ImportColumn> columns = List.of(text("code", "", 40, null).asRequired(),
				text("name", "", 300, null).asRequired(), text("shortName", "", 100, null),
				text("parentCode", "", 40, null), catalog("typeCode", "", CatalogType.UNIT_TYPE, null).asRequired(),
				choice("level", "", levels, null).asRequired(), date("validFrom", "", null).asRequired(),
				date("validTo", "", null), text("decisionNumber", "", 100, null));
		return List.of(labelled(UNITS, columns, new UnitsHandler(units, restructurings, dryRun), 5));
	}

	/**
	 * A template whose title, sheet, instructions ({@code imports.<code>.<n>}) and column
	 * headers and help ({@code imports.<code>.col.<key>}, {@code .help}) are the
	 * Vietnamese texts of the bundle.
	 */
	static ImportTemplate labelled(String code, List<ImportColumn> columns, RowHandler handler, int order) {
		String k = "imports." + code.toLowerCase(java.util.Locale.ROOT);
		List<String> instructions = new ArrayList<>();
		for (int i = 1; vi(k + "." + i) != null; i++) {
			instructions.add(vi(k + "." + i));
		}
		List<ImportColumn> named = columns.stream()
			.map(c -> new ImportColumn(c.key(), Messages.text(Messages.VIETNAMESE, k + ".col." + c.key()), c.type(),
					c.required(), vi(k + ".col." + c.key() + ".help"), c.catalog(), c.choices(), c.partialDate(),
					c.maxLength()))
			.toList();
		return new ImportTemplate(code, Messages.text(Messages.VIETNAMESE, k + ".title"),
				Messages.text(Messages.VIETNAMESE, k + ".sheet"), named, instructions, handler, order, false,
				k + ".title");
	}

	private static String vi(String key) {
		return Messages.source().getMessage(key, null, null, Messages.VIETNAMESE);
	}

}
