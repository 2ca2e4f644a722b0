package vn.canbo.career;

import static vn.canbo.imports.ImportColumn.bool;
import static vn.canbo.imports.ImportColumn.catalog;
import static vn.canbo.imports.ImportColumn.choice;
import static vn.canbo.imports.ImportColumn.date;
import static vn.canbo.imports.ImportColumn.decimal;
import static vn.canbo.imports.ImportColumn.integer;
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
import vn.canbo.imports.ImportColumn;
import vn.canbo.imports.ImportTemplate;
import vn.canbo.imports.ImportTemplateProvider;
import vn.canbo.org.Units;
import vn.canbo.people.PersonLookup;
import vn.canbo.people.PersonService;
import vn.canbo.shared.Messages;

/**
 * The DECISIONS template (sổ quyết định): one row per decision and person; rows sharing
 * number, date signed and issuer are one decision with several persons. Each decision is
 * recorded and issued through {@link DecisionService#importIssued}, so its effects on the
 * dossiers are those of a decision issued in the UI (see {@link DecisionImportHandler}).
 * Headers, help and instructions are the Vietnamese texts of the bundle
 * ({@code career.import.*}).
 */
@Component
class DecisionTemplates implements ImportTemplateProvider {

	static final String DECISIONS = "DECISIONS";

	private final DecisionService decisions;

	private final PersonLookup lookup;

	private final PersonService people;

	private final Units units;

	private final PlatformTransactionManager transactions;

	DecisionTemplates(DecisionService decisions, PersonLookup lookup, PersonService people, Units units,
			PlatformTransactionManager transactions) {
		this.decisions = decisions;
		this.lookup = lookup;
		this.people = people;
		this.units = units;
		this.transactions = transactions;
	}

	static List<ImportColumn> columns() {
		Map<String, String> types = new LinkedHashMap<>();
		for (DecisionType t : DecisionType.values()) {
			if (t != DecisionType.REVOCATION && t != DecisionType.AMENDMENT) {
				types.put(t.label(), t.name());
			}
		}
		Map<String, String> kinds = new LinkedHashMap<>();
		for (String k : List.of("MAIN", "CONCURRENT")) {
			kinds.put(Messages.text(Messages.VIETNAMESE, "career.import.kind." + k), k);
		}
		return List.of(choice("type", "", types, null).asRequired(), text("number", "", 100, null).asRequired(),
				date("signedOn", "", null).asRequired(), date("effectiveOn", "", null).asRequired(),
				text("issuer", "", 300, null).asRequired(), text("signer", "", 100, null), date("endOn", "", null),
				text("nationalId", "", 12, null).asRequired(), text("unitCode", "", 40, null),
				catalog("titleCode", "", CatalogType.TITLE, null), text("titleText", "", 300, null),
				choice("positionKind", "", kinds, null), bool("partyPost", "", null), integer("termYears", "", null),
				catalog("rankCode", "", CatalogType.RANK, null), integer("step", "", null),
				decimal("coefficient", "", null), decimal("positionAllowance", "", null),
				decimal("seniorityPct", "", null), integer("probationMonths", "", null), text("note", "", 1000, null));
	}

	@Override
	public List<ImportTemplate> templates() {
		TransactionTemplate dryRun = new TransactionTemplate(transactions);
		dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		TransactionTemplate savepoint = new TransactionTemplate(transactions);
		savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		String k = "career.import";
		List<String> instructions = new ArrayList<>();
		for (int i = 1; vi(k + "." + i) != null; i++) {
			instructions.add(vi(k + "." + i));
		}
		List<ImportColumn> named = columns().stream()
			.map(c -> new ImportColumn(c.key(), Messages.text(Messages.VIETNAMESE, k + ".col." + c.key()), c.type(),
					c.required(), vi(k + ".col." + c.key() + ".help"), c.catalog(), c.choices(), c.partialDate(),
					c.maxLength()))
			.toList();
		DecisionImportHandler handler = new DecisionImportHandler(decisions, lookup, people, units, dryRun, savepoint);
		return List.of(new ImportTemplate(DECISIONS, Messages.text(Messages.VIETNAMESE, k + ".title"),
				Messages.text(Messages.VIETNAMESE, k + ".sheet"), named, instructions, handler, 60, false,
				k + ".title"));
	}

	private static String vi(String key) {
		return Messages.source().getMessage(key, null, null, Messages.VIETNAMESE);
	}

}
