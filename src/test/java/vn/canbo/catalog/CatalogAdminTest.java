package vn.canbo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;

/**
 * Administration of the lists: create, edit with optimistic locking, end and reopen,
 * every validation.
 */
@SpringBootTest
@Transactional
class CatalogAdminTest {

	static final LocalDate D = LocalDate.of(2025, 7, 1);

	@Autowired
	CatalogAdmin admin;

	@Autowired
	Catalogs catalogs;

	static String code() {
		return "ZZ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	static CatalogAdmin.NewItem item(String code, String name) {
		return new CatalogAdmin.NewItem(code, name, null, null, null, Map.of(), null, null);
	}

	@Test
	void createStoresCleanNamesAndDefaults() {
		String code = code();
		CatalogItem created = admin.create(CatalogType.RELIGION,
				new CatalogAdmin.NewItem(code, "  Tôn   giáo  thử ", " Test ", null, null, null, null, null));
		assertThat(created.name()).isEqualTo("Tôn giáo thử");
		assertThat(created.nameEn()).isEqualTo("Test");
		assertThat(created.validFrom()).isEqualTo(CatalogAdmin.BEGINNING);
		assertThat(created.validTo()).isNull();
		assertThat(created.version()).isZero();
		assertThat(created.sortOrder()).isGreaterThan(catalogs.order(CatalogType.RELIGION, "99"));
		assertThat(catalogs.isValid(CatalogType.RELIGION, code, LocalDate.now())).isTrue();
		assertThat(catalogs.list(CatalogType.RELIGION, LocalDate.now())).extracting(CatalogItem::code).contains(code);
	}

	@Test
	void createRejectsBadCodesAndNames() {
		assertThat(errors(() -> admin.create(CatalogType.RELIGION, item(" ", null))))
			.extracting(FieldError::field, FieldError::message)
			.contains(org.assertj.core.groups.Tuple.tuple("code", "Mã là bắt buộc"),
					org.assertj.core.groups.Tuple.tuple("name", "Tên là bắt buộc"));
		assertThat(errors(() -> admin.create(CatalogType.RELIGION, item("A B", "x"))))
			.extracting(FieldError::field, FieldError::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("code", "Mã không được chứa khoảng trắng"));
		assertThat(errors(() -> admin.create(CatalogType.RELIGION, item("Z".repeat(41), "x"))))
			.extracting(FieldError::message)
			.containsExactly("Mã dài tối đa 40 ký tự");
		assertThat(errors(() -> admin.create(CatalogType.RELIGION, item("01", "Trùng"))))
			.extracting(FieldError::field, FieldError::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("code", "Mã đã có trong danh mục"));
		assertThat(errors(() -> admin.create(CatalogType.RELIGION, item(code(), "x".repeat(301)))))
			.extracting(FieldError::field)
			.containsExactly("name");
		assertThat(errors(() -> admin.create(CatalogType.RELIGION,
				new CatalogAdmin.NewItem(code(), "x", "e".repeat(301), null, null, null, null, null))))
			.extracting(FieldError::field)
			.containsExactly("nameEn");
	}

	@Test
	void createRejectsValidToNotAfterValidFrom() {
		assertThat(errors(() -> admin.create(CatalogType.RELIGION,
				new CatalogAdmin.NewItem(code(), "x", null, null, null, null, D, D))))
			.extracting(FieldError::field, FieldError::message)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("validTo", "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực"));
		assertThat(errors(() -> admin.create(CatalogType.RELIGION,
				new CatalogAdmin.NewItem(code(), "x", null, null, null, null, D, D.minusDays(1)))))
			.extracting(FieldError::field)
			.containsExactly("validTo");
		CatalogItem ok = admin.create(CatalogType.RELIGION,
				new CatalogAdmin.NewItem(code(), "x", null, null, null, null, D, D.plusDays(1)));
		assertThat(ok.validOn(D)).isTrue();
		assertThat(ok.validOn(D.plusDays(1))).isFalse();
	}

	@Test
	void parentCodeMustExistInTheParentList() {
		// a title's parent is a title group
		String title = code();
		CatalogItem t = admin.create(CatalogType.TITLE, new CatalogAdmin.NewItem(title, "Chức danh thử", null, null,
				"CHU_CHOT", Map.of("groups", "CHU_CHOT, CAP_UY"), null, null));
		assertThat(t.parentCode()).isEqualTo("CHU_CHOT");
		assertThat(catalogs.titleGroups(title)).containsExactly("CHU_CHOT", "CAP_UY");
		assertThat(errors(() -> admin.create(CatalogType.TITLE,
				new CatalogAdmin.NewItem(code(), "x", null, null, "BI_THU", Map.of(), null, null))))
			.extracting(FieldError::field, FieldError::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("parentCode",
					"Mã mục cha không có trong danh mục TITLE_GROUP"));
		// other lists nest inside themselves
		String parent = code();
		admin.create(CatalogType.FOREIGN_LANGUAGE, item(parent, "Nhóm ngôn ngữ"));
		assertThat(admin
			.create(CatalogType.FOREIGN_LANGUAGE,
					new CatalogAdmin.NewItem(code(), "Con", null, null, parent, Map.of(), null, null))
			.parentCode()).isEqualTo(parent);
		assertThat(errors(() -> admin.create(CatalogType.FOREIGN_LANGUAGE,
				new CatalogAdmin.NewItem(code(), "x", null, null, "NO_SUCH", Map.of(), null, null))))
			.extracting(FieldError::field)
			.containsExactly("parentCode");
		String self = code();
		assertThat(errors(() -> admin.create(CatalogType.FOREIGN_LANGUAGE,
				new CatalogAdmin.NewItem(self, "x", null, null, self, Map.of(), null, null))))
			.extracting(FieldError::message)
			.containsExactly("Mục cha không thể là chính nó");
	}

	@Test
	void titleGroupsMustExist() {
		assertThat(errors(() -> admin.create(CatalogType.TITLE,
				new CatalogAdmin.NewItem(code(), "x", null, null, null, Map.of("groups", "CHU_CHOT,KHONG_CO"), null,
						null))))
			.extracting(FieldError::field, FieldError::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("attributes.groups",
					"Nhóm chức danh không có trong danh mục: KHONG_CO"));
	}

	@Test
	void rankAttributesAreChecked() {
		String code = code();
		Map<String, String> good = Map.of("payTable", "A1", "coefficients", "2.34, 2.67,3.00", "raiseMonths", "36");
		admin.create(CatalogType.RANK, new CatalogAdmin.NewItem(code, "Ngạch thử", null, null, null, good, null, null));
		assertThat(catalogs.coefficient(code, 3)).contains(new java.math.BigDecimal("3.00"));
		assertThat(catalogs.rank(code).orElseThrow().steps()).isEqualTo(3);

		assertThat(errors(() -> admin.create(CatalogType.RANK,
				new CatalogAdmin.NewItem(code(), "x", null, null, null, Map.of(), null, null))))
			.extracting(FieldError::field)
			.containsExactly("attributes.payTable", "attributes.coefficients", "attributes.raiseMonths");
		assertThat(errors(() -> admin.create(CatalogType.RANK,
				new CatalogAdmin.NewItem(code(), "x", null, null, null,
						Map.of("payTable", "A1", "coefficients", "2,34;2,67", "raiseMonths", "x"), null, null))))
			.extracting(FieldError::field)
			.containsExactly("attributes.coefficients", "attributes.raiseMonths");
		assertThat(errors(() -> admin.create(CatalogType.RANK,
				new CatalogAdmin.NewItem(code(), "x", null, null, null,
						Map.of("payTable", "A1", "coefficients", "2.67,2.34", "raiseMonths", "36"), null, null))))
			.extracting(FieldError::message)
			.containsExactly("Hệ số lương phải dương và tăng dần theo bậc");
	}

	@Test
	void ethnicityAndDisciplineAttributesAreChecked() {
		assertThat(errors(() -> admin.create(CatalogType.ETHNICITY, item(code(), "x")))).extracting(FieldError::field)
			.containsExactly("attributes.minority");
		assertThat(errors(() -> admin.create(CatalogType.DISCIPLINE_FORM,
				new CatalogAdmin.NewItem(code(), "x", null, null, null, Map.of("severity", "0"), null, null))))
			.extracting(FieldError::field)
			.containsExactly("attributes.severity");
		Map<String, String> blankKey = new LinkedHashMap<>();
		blankKey.put(" ", "v");
		assertThat(errors(() -> admin.create(CatalogType.RELIGION,
				new CatalogAdmin.NewItem(code(), "x", null, null, null, blankKey, null, null))))
			.extracting(FieldError::field)
			.containsExactly("attributes");
	}

	@Test
	void editChangesNameOrderAttributesAndVersion() {
		String code = code();
		CatalogItem created = admin.create(CatalogType.TITLE,
				new CatalogAdmin.NewItem(code, "Tên cũ", null, 5, null, Map.of("groups", "CAP_UY"), null, null));
		assertThat(catalogs.name(CatalogType.TITLE, code)).isEqualTo("Tên cũ"); // now
																				// cached
		CatalogItem edited = admin.edit(CatalogType.TITLE, code,
				new CatalogAdmin.ItemEdit("Tên mới", "New", 7, Map.of("groups", "THUONG_VU"), created.version()));
		assertThat(edited.version()).isEqualTo(created.version() + 1);
		// the cache sees the edit
		assertThat(catalogs.name(CatalogType.TITLE, code)).isEqualTo("Tên mới");
		assertThat(catalogs.find(CatalogType.TITLE, code).orElseThrow().nameEn()).isEqualTo("New");
		assertThat(catalogs.order(CatalogType.TITLE, code)).isEqualTo(7);
		assertThat(catalogs.titleGroups(code)).containsExactly("THUONG_VU");
		// null attributes and order keep what is stored
		CatalogItem kept = admin.edit(CatalogType.TITLE, code,
				new CatalogAdmin.ItemEdit("Tên mới", null, null, null, edited.version()));
		assertThat(kept.attributes()).containsEntry("groups", "THUONG_VU");
		assertThat(kept.sortOrder()).isEqualTo(7);
		assertThat(kept.nameEn()).isNull();
	}

	@Test
	void editWithAStaleVersionIsAConflict() {
		String code = code();
		CatalogItem v0 = admin.create(CatalogType.RELIGION, item(code, "Bản đầu"));
		admin.edit(CatalogType.RELIGION, code,
				new CatalogAdmin.ItemEdit("Người thứ nhất", null, null, null, v0.version()));
		assertThatThrownBy(() -> admin.edit(CatalogType.RELIGION, code,
				new CatalogAdmin.ItemEdit("Người thứ hai", null, null, null, v0.version())))
			.isInstanceOf(ConcurrentEditException.class)
			.hasMessageContaining("vừa được người khác sửa");
		assertThat(catalogs.name(CatalogType.RELIGION, code)).isEqualTo("Người thứ nhất");
	}

	@Test
	void editValidatesAndNeedsAVersion() {
		String code = code();
		admin.create(CatalogType.RELIGION, item(code, "x"));
		assertThat(errors(
				() -> admin.edit(CatalogType.RELIGION, code, new CatalogAdmin.ItemEdit(" ", null, null, null, null))))
			.extracting(FieldError::field)
			.containsExactly("name", "version");
		assertThatThrownBy(
				() -> admin.edit(CatalogType.RELIGION, "ZZNOSUCH", new CatalogAdmin.ItemEdit("x", null, null, null, 0)))
			.isInstanceOf(NotFoundException.class);
		// existing RANK data must stay valid on edit
		CatalogItem cv = catalogs.find(CatalogType.RANK, "01.003").orElseThrow();
		assertThat(errors(() -> admin.edit(CatalogType.RANK, "01.003",
				new CatalogAdmin.ItemEdit(cv.name(), null, null, Map.of("payTable", "A1"), cv.version()))))
			.extracting(FieldError::field)
			.containsExactly("attributes.coefficients", "attributes.raiseMonths");
	}

	@Test
	void endedItemIsValidTheDayBeforeAndNotOnTheDate() {
		String code = code();
		admin.create(CatalogType.RELIGION, item(code, "Sắp hết hiệu lực"));
		CatalogItem ended = admin.end(CatalogType.RELIGION, code, D, null);
		assertThat(ended.validTo()).isEqualTo(D);
		assertThat(catalogs.isValid(CatalogType.RELIGION, code, D.minusDays(1))).isTrue();
		assertThat(catalogs.isValid(CatalogType.RELIGION, code, D)).isFalse();
		assertThat(catalogs.list(CatalogType.RELIGION, D.minusDays(1))).extracting(CatalogItem::code).contains(code);
		assertThat(catalogs.list(CatalogType.RELIGION, D)).extracting(CatalogItem::code).doesNotContain(code);
		assertThat(catalogs.list(CatalogType.RELIGION, null)).extracting(CatalogItem::code).contains(code);
		// never deleted: still found and named for old records
		assertThat(catalogs.name(CatalogType.RELIGION, code)).isEqualTo("Sắp hết hiệu lực");

		CatalogItem reopened = admin.reopen(CatalogType.RELIGION, code, ended.version());
		assertThat(reopened.validTo()).isNull();
		assertThat(catalogs.isValid(CatalogType.RELIGION, code, D.plusYears(10))).isTrue();
		assertThatThrownBy(() -> admin.reopen(CatalogType.RELIGION, code, ended.version()))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void endNeedsADateAfterTheStart() {
		String code = code();
		admin.create(CatalogType.RELIGION, new CatalogAdmin.NewItem(code, "x", null, null, null, null, D, null));
		assertThat(errors(() -> admin.end(CatalogType.RELIGION, code, null, null)))
			.extracting(FieldError::field, FieldError::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("date", "Ngày hết hiệu lực là bắt buộc"));
		assertThat(errors(() -> admin.end(CatalogType.RELIGION, code, D, null)))
			.extracting(FieldError::field, FieldError::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("date",
					"Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực (01/07/2025)"));
		assertThatThrownBy(() -> admin.end(CatalogType.RELIGION, code, D.plusDays(1), 99))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> admin.end(CatalogType.RELIGION, "ZZNOSUCH", D, null))
			.isInstanceOf(NotFoundException.class);
	}

	static java.util.List<FieldError> errors(Runnable r) {
		try {
			r.run();
		}
		catch (ValidationException e) {
			return e.errors();
		}
		throw new AssertionError("expected a ValidationException");
	}

}
