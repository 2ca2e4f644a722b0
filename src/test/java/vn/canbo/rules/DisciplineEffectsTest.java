package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.DisciplineEffects;
import vn.canbo.people.PersonCategory;

/**
 * Issue 15, point 1: the period of effect of a discipline form is an effective-dated rule
 * parameter per form and category (V8_18), with its legal basis; the version in force on
 * the decision date answers; a form without a parameter has no end; the catalog no longer
 * carries the old attribute.
 */
@SpringBootTest
@Transactional
class DisciplineEffectsTest {

	@Autowired
	DisciplineEffects effects;

	@Autowired
	RuleParameters params;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMonthsByFormAndCategoryOnTheDecisionDate() {
		LocalDate d = LocalDate.of(2024, 5, 1);
		assertThat(effects.effectMonths("KHIEN_TRACH", PersonCategory.CIVIL_SERVANT, d)).contains(12);
		assertThat(effects.effectMonths("GIANG_CHUC", PersonCategory.CIVIL_SERVANT, d)).contains(18);
		assertThat(effects.effectMonths("CACH_CHUC", PersonCategory.CADRE, d)).contains(18);
		assertThat(effects.effectMonths("KHIEN_TRACH", PersonCategory.PUBLIC_EMPLOYEE, d)).contains(6);
		assertThat(effects.effectMonths("CANH_CAO", PersonCategory.PUBLIC_EMPLOYEE, d)).contains(12);
		assertThat(effects.effectMonths("BUOC_THOI_VIEC", PersonCategory.CIVIL_SERVANT, d)).isEmpty();
		assertThat(effects.effectMonths("KHAI_TRU", PersonCategory.CADRE, d)).isEmpty();
		// the 2025 law opens a version on 1/7/2025 (same value, its own legal basis)
		assertThat(params.get("discipline.effect_months.KHIEN_TRACH.CIVIL_SERVANT", LocalDate.of(2025, 6, 30))
			.legalBasis()).contains("2008");
		assertThat(
				params.get("discipline.effect_months.KHIEN_TRACH.CIVIL_SERVANT", LocalDate.of(2025, 7, 1)).legalBasis())
			.contains("80/2025/QH15");
		// every version states its legal basis and is marked unconfirmed
		List<String> bases = jdbc
			.sql("select legal_basis from rule_parameter where key like 'discipline.effect_months.%'")
			.query(String.class)
			.list();
		assertThat(bases).hasSizeGreaterThanOrEqualTo(15).allSatisfy(b -> assertThat(b).contains("[U"));
		assertThat(jdbc
			.sql("select count(*) from catalog_item where catalog = 'DISCIPLINE_FORM'"
					+ " and jsonb_exists(attributes, 'effectMonths')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aNewVersionAppliesFromItsDate() {
		String key = "discipline.effect_months.KHIEN_TRACH.PUBLIC_EMPLOYEE";
		LocalDate from = LocalDate.of(2063, 1, 1);
		if (!"9".equals(params.get(key, from).value())) {
			params.change(key, new RuleParameters.Change("9", RuleMode.WARN, "Văn bản thử nghiệm", from, null));
		}
		assertThat(effects.effectMonths("KHIEN_TRACH", PersonCategory.PUBLIC_EMPLOYEE, from.minusDays(1))).contains(6);
		assertThat(effects.effectMonths("KHIEN_TRACH", PersonCategory.PUBLIC_EMPLOYEE, from)).contains(9);
	}

}
