package vn.canbo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Import;
import vn.canbo.shared.db.PostgresJdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reference data loaded by V2_2..V2_4 and the typed read helpers over it. A slice:
 * the database, Flyway and the catalog's reading service only.
 */
@PostgresJdbcTest
@Import(CatalogService.class)
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
class CatalogSeedTest {

	@Autowired
	Catalogs catalogs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyListIsSeededWithTheExpectedCount() {
		// test-created entries use codes starting with ZZ
		Map<String, Long> counts = jdbc
			.sql("select catalog, count(*) n from catalog_item where code not like 'ZZ%' group by catalog")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(counts).containsAllEntriesOf(Map.ofEntries(Map.entry("ETHNICITY", 54L), Map.entry("RELIGION", 15L),
				Map.entry("GENERAL_EDUCATION", 4L), Map.entry("PROFESSIONAL_LEVEL", 8L),
				Map.entry("ACADEMIC_TITLE", 2L), Map.entry("POLITICAL_THEORY", 4L), Map.entry("STATE_MANAGEMENT", 4L),
				Map.entry("FOREIGN_LANGUAGE", 10L), Map.entry("FOREIGN_LANGUAGE_LEVEL", 11L), Map.entry("IT_LEVEL", 6L),
				Map.entry("UNIT_TYPE", 19L), Map.entry("TITLE_GROUP", 10L), Map.entry("TITLE", 46L),
				Map.entry("RANK", 15L), Map.entry("TRAINING_FORM", 9L), Map.entry("AWARD_FORM", 25L),
				Map.entry("DISCIPLINE_FORM", 7L), Map.entry("RELATION", 11L), Map.entry("HONORARY_TITLE", 9L),
				Map.entry("MILITARY_RANK", 13L), Map.entry("POLICY_GROUP", 7L), Map.entry("FAMILY_BACKGROUND", 9L),
				Map.entry("BLOOD_GROUP", 4L)));
		assertThat(counts.keySet()).hasSize(CatalogType.values().length);
	}

	@Test
	void ethnicitiesFollowQd1019WithKinhTheOnlyMajority() {
		List<CatalogItem> all = catalogs.list(CatalogType.ETHNICITY, LocalDate.now());
		assertThat(all).hasSize(54);
		assertThat(all).extracting(CatalogItem::code)
			.containsExactlyElementsOf(
					java.util.stream.IntStream.rangeClosed(1, 54).mapToObj(i -> "%02d".formatted(i)).toList());
		assertThat(all.subList(0, 13)).extracting(CatalogItem::name)
			.containsExactly("Kinh", "Tày", "Thái", "Mường", "Khơ-me", "Hoa", "Nùng", "Mông", "Dao", "Gia-rai", "Ê-đê",
					"Ba-na", "Sán Chay");
		assertThat(catalogs.name(CatalogType.ETHNICITY, "54")).isEqualTo("Ơ-đu");
		assertThat(all).allSatisfy(i -> assertThat(i.attribute("list")).isEqualTo("QĐ 1019/QĐ-TCTK"));
		assertThat(all.stream().filter(i -> !catalogs.isMinority(i.code())).map(CatalogItem::code))
			.containsExactly("01");
		assertThat(catalogs.isMinority("08")).isTrue();
		assertThat(catalogs.isMinority("99")).isFalse();
		assertThat(catalogs.isMinority(null)).isFalse();
	}

	@Test
	void rankCoefficientsByStep() {
		Rank cv = catalogs.rank("01.003").orElseThrow();
		assertThat(cv.name()).isEqualTo("Chuyên viên");
		assertThat(cv.payTable()).isEqualTo("A1");
		assertThat(cv.raiseMonths()).isEqualTo(36);
		assertThat(cv.steps()).isEqualTo(9);
		assertThat(cv.coefficients()).extracting(BigDecimal::toPlainString)
			.containsExactly("2.34", "2.67", "3.00", "3.33", "3.66", "3.99", "4.32", "4.65", "4.98");
		assertThat(cv.isLastStep(9)).isTrue();
		assertThat(catalogs.coefficient("01.003", 1)).contains(new BigDecimal("2.34"));
		assertThat(catalogs.coefficient("01.003", 9)).contains(new BigDecimal("4.98"));
		assertThat(catalogs.coefficient("01.003", 0)).isEmpty();
		assertThat(catalogs.coefficient("01.003", 10)).isEmpty();
		assertThat(catalogs.coefficient("NO.SUCH", 1)).isEmpty();
		assertThat(catalogs.rank("01.001").orElseThrow().coefficients()).hasSize(6)
			.last()
			.isEqualTo(new BigDecimal("8.00"));
		assertThat(catalogs.rank("01.005").orElseThrow().raiseMonths()).isEqualTo(24);
		assertThat(catalogs.rank("01.005").orElseThrow().steps()).isEqualTo(12);
		assertThat(catalogs.rank(null)).isEmpty();
	}

	@Test
	void teacherRankCodesNameTheRightSchoolLevel() {
		assertThat(catalogs.name(CatalogType.RANK, "V.07.03.29")).isEqualTo("Giáo viên tiểu học hạng III");
		assertThat(catalogs.name(CatalogType.RANK, "V.07.03.28")).isEqualTo("Giáo viên tiểu học hạng II");
		assertThat(catalogs.name(CatalogType.RANK, "V.07.04.32")).isEqualTo("Giáo viên THCS hạng III");
		assertThat(catalogs.coefficient("V.07.04.31", 1)).contains(new BigDecimal("4.00"));
	}

	@Test
	void titleGroupsAndOrder() {
		assertThat(catalogs.titleGroups("BI_THU")).containsExactly("NGUOI_DUNG_DAU", "CHU_CHOT", "CAP_UY", "THUONG_VU");
		assertThat(catalogs.titleGroups("UY_VIEN_UBND")).isEmpty();
		assertThat(catalogs.titleGroups("NO_SUCH")).isEmpty();
		// every group a title names exists
		catalogs.list(CatalogType.TITLE, null)
			.forEach(t -> assertThat(catalogs.titleGroups(t.code()))
				.allSatisfy(g -> assertThat(catalogs.find(CatalogType.TITLE_GROUP, g)).isPresent()));
		assertThat(catalogs.order(CatalogType.PROFESSIONAL_LEVEL, "THAC_SI"))
			.isGreaterThan(catalogs.order(CatalogType.PROFESSIONAL_LEVEL, "DAI_HOC"));
		assertThat(catalogs.order(CatalogType.POLITICAL_THEORY, "CAO_CAP"))
			.isGreaterThan(catalogs.order(CatalogType.POLITICAL_THEORY, "TRUNG_CAP"));
		assertThat(catalogs.order(CatalogType.POLITICAL_THEORY, "NONE")).isEqualTo(Integer.MIN_VALUE);
	}

	/**
	 * Issue 17 (V2_9): every leadership title has a rank (1 the highest) for PLAN-01; the
	 * staff titles have none.
	 */
	@Test
	void leadershipTitlesHaveARank() {
		catalogs.list(CatalogType.TITLE, null)
			.stream()
			.filter(t -> "true".equals(t.attribute("leader")))
			.forEach(t -> assertThat(t.attribute("rank")).as(t.code()).matches("[1-5]"));
		assertThat(catalogs.find(CatalogType.TITLE, "BI_THU").orElseThrow().attribute("rank")).isEqualTo("1");
		assertThat(catalogs.find(CatalogType.TITLE, "PHO_TRUONG_PHONG").orElseThrow().attribute("rank")).isEqualTo("5");
		assertThat(catalogs.find(CatalogType.TITLE, "CHUYEN_VIEN").orElseThrow().attribute("rank")).isNull();
	}

	@Test
	void unknownCodesAreNeitherFoundNorValid() {
		assertThat(catalogs.isValid(CatalogType.RELIGION, "NO_SUCH", LocalDate.now())).isFalse();
		assertThat(catalogs.isValid(CatalogType.RELIGION, null, LocalDate.now())).isFalse();
		assertThat(catalogs.isValid(CatalogType.RELIGION, "01", LocalDate.now())).isTrue();
		assertThat(catalogs.name(CatalogType.RELIGION, "NO_SUCH")).isEqualTo("NO_SUCH");
	}

}
