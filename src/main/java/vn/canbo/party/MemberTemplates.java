package vn.canbo.party;

import static vn.canbo.imports.ImportColumn.catalog;
import static vn.canbo.imports.ImportColumn.choice;
import static vn.canbo.imports.ImportColumn.date;
import static vn.canbo.imports.ImportColumn.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.imports.ImportColumn;
import vn.canbo.imports.ImportTemplate;
import vn.canbo.imports.ImportTemplateProvider;
import vn.canbo.shared.Messages;

/**
 * The PARTY_MEMBERS template (imports SPI): one row an existing party member from the
 * papers of a province moving from spreadsheets — the chi bộ by its code, the Phiếu đảng
 * viên fields, the admission, ceremony and official dates, the card. Checked in the
 * preview with every problem of a row at once ({@link MemberRowsHandler}); the commit
 * records through {@link PartyMembers#create}, all or nothing. Headers and instructions
 * are the Vietnamese texts of {@code party.template.*}.
 */
@Component
class MemberTemplates implements ImportTemplateProvider {

	static final String CODE = "PARTY_MEMBERS";

	private final PartyMembers members;

	private final PartyAccess access;

	private final MemberInputs inputs;

	private final MemberRows rows;

	private final JdbcClient jdbc;

	MemberTemplates(PartyMembers members, PartyAccess access, MemberInputs inputs, MemberRows rows, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.members = members;
		this.access = access;
		this.inputs = inputs;
		this.rows = rows;
	}

	private static String vi(String key) {
		return Messages.text(Messages.VIETNAMESE, "party.template." + key);
	}

	static Map<String, String> genders() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put(Messages.text(Messages.VIETNAMESE, "party.stats.gender.MALE"), "MALE");
		m.put(Messages.text(Messages.VIETNAMESE, "party.stats.gender.FEMALE"), "FEMALE");
		return m;
	}

	static List<ImportColumn> columns() {
		return List.of(text("orgCode", vi("orgCode"), 40, vi("orgCode.help")).asRequired(),
				text("nationalId", vi("nationalId"), 12, vi("nationalId.help")),
				text("fullName", vi("fullName"), 200, null).asRequired(),
				text("otherNames", vi("otherNames"), 200, null),
				choice("gender", vi("gender"), genders(), vi("gender.help")).asRequired(),
				date("birthDate", vi("birthDate"), vi("date.help")).asRequired(),
				text("birthPlace", vi("birthPlace"), 300, null), text("homeTown", vi("homeTown"), 300, null),
				text("residence", vi("residence"), 300, null),
				catalog("ethnicityCode", vi("ethnicity"), CatalogType.ETHNICITY, null),
				catalog("religionCode", vi("religion"), CatalogType.RELIGION, null),
				text("occupation", vi("occupation"), 200, null),
				catalog("generalEducationCode", vi("education"), CatalogType.GENERAL_EDUCATION, null),
				catalog("politicalTheoryCode", vi("theory"), CatalogType.POLITICAL_THEORY, null),
				date("admissionDecidedOn", vi("admissionDecidedOn"), vi("date.help")).asRequired(),
				date("joinedOn", vi("joinedOn"), vi("joinedOn.help")),
				date("officialOn", vi("officialOn"), vi("officialOn.help")),
				text("cardNumber", vi("cardNumber"), 12, null), date("cardIssuedOn", vi("cardIssuedOn"), null));
	}

	@Override
	public List<ImportTemplate> templates() {
		List<String> instructions = new ArrayList<>();
		for (int i = 1; Messages.source()
			.getMessage("party.template." + i, null, null, Messages.VIETNAMESE) != null; i++) {
			instructions.add(vi(String.valueOf(i)));
		}
		return List.of(new ImportTemplate(CODE, vi("title"), vi("sheet"), columns(), instructions,
				new MemberRowsHandler(members, access, inputs, rows, jdbc), 90, false, "party.template.title"));
	}

}
