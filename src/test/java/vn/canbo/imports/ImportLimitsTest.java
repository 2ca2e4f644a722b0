package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.Catalogs;
import vn.canbo.security.CanboUser;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Issue 12, point 9: imports cannot exhaust the database, memory or disk. Each test runs
 * an ImportService of its own (the application's beans, its own limits and work
 * directory) as a user of its own, on real files and the real database.
 */
@AutoConfigureMockMvc
class ImportLimitsTest extends ImportTestSupport {

	static final String HEADER = "Mã đơn vị công tác;Họ và tên khai sinh;Giới tính;Sinh ngày;Đối tượng;"
			+ "Chức vụ (ghi cụ thể);Giữ chức vụ từ ngày;Số CCCD\n";

	@Autowired
	ObjectProvider<ImportTemplateProvider> providers;

	@Autowired
	ImportJobs jobs;

	@Autowired
	Catalogs catalogs;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	AuditLog audit;

	@Autowired
	PlatformTransactionManager txManager;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path dir;

	UploadStore store;

	CanboUser me;

	@BeforeEach
	void ownUser() {
		CanboUser u = me = new CanboUser(-3, "limits-" + System.nanoTime(), "{noop}x", "Limits", Role.ADMIN, Set.of(),
				true);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
	}

	/** Default limits, except those given (0 = default). */
	ImportService service(int maxRows, int maxIssues, int maxPending, long maxStoredKb) {
		ImportSettings s = new ImportSettings(DataSize.ofMegabytes(20), 1000, DataSize.ofGigabytes(1), 200,
				dir.toString(), maxRows == 0 ? 200_000 : maxRows, 32_767, maxIssues == 0 ? 1000 : maxIssues,
				maxPending == 0 ? 10 : maxPending, DataSize.ofKilobytes(maxStoredKb == 0 ? 100 * 1024 : maxStoredKb),
				Duration.ofDays(7));
		store = new UploadStore(jdbc, jobs, txManager, s);
		return new ImportService(providers, jobs, catalogs, currentUser, audit, txManager, s, store);
	}

	ImportJob preview(ImportService service, byte[] bytes, String name) {
		return await(service,
				service.upload(ImportFixture.PERSONS, name, new ByteArrayInputStream(bytes), Scope.all()).id());
	}

	static ImportJob await(ImportService service, long id) {
		return JobWait.await(service::job, id);
	}

	String row(String name) {
		// a CCCD agreeing with a woman born 1990 (digit 4 = 1, then 90): no structure
		// warning
		return tree.a().code() + ";" + name + ";Nữ;5/7/1990;Viên chức;Giáo viên;01/09/2015;"
				+ ImportFixture.nationalId().replaceFirst("^001075", "001190") + "\n";
	}

	byte[] csv(int valid, int withoutName) {
		StringBuilder b = new StringBuilder(HEADER);
		for (int i = 0; i < valid; i++) {
			b.append(row("Lê Thị " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(i % 26)));
		}
		for (int i = 0; i < withoutName; i++) {
			b.append(row(""));
		}
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}

	List<Path> files() throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.toList();
		}
	}

	long storedIssues(long id) {
		return jdbc.sql("select count(*) from import_issue where job_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	// ---- rows and cells ----

	@Test
	void aMillionTinyLinesAreRefusedBeforeParsingAndTheUploadIsDeleted() throws IOException {
		ImportService service = service(0, 0, 0, 0);
		byte[] lines = new byte[2_000_000];
		for (int i = 0; i < lines.length; i += 2) {
			lines[i] = 'a';
			lines[i + 1] = '\n';
		}
		ImportJob job = preview(service, lines, "trieu-dong.csv");
		assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(job.message()).contains("hơn 200.000 dòng").contains("tối đa 200.000 dòng");
		assertThat(storedIssues(job.id())).isZero();
		assertThat(jobs.storedFile(job.id())).isEmpty();
		assertThat(files()).isEmpty();
	}

	@Test
	void theRowLimitCountsRecordsNotLineBreaksInsideQuotes() {
		ImportService service = service(4, 0, 0, 0); // the header and three rows
		String quoted = tree.a().code() + ";\"Lê\nThị\nBa\";Nữ;5/7/1990;Viên chức;Giáo viên;01/09/2015;"
				+ ImportFixture.nationalId() + "\n";
		byte[] atLimit = (HEADER + row("Lê Thị Một") + row("Lê Thị Hai") + quoted).getBytes(StandardCharsets.UTF_8);
		assertThat(preview(service, atLimit, "du.csv").status()).isEqualTo(ImportJob.Status.READY);
		byte[] over = (HEADER + row("Lê Thị Một") + row("Lê Thị Hai") + quoted + row("Lê Thị Bốn"))
			.getBytes(StandardCharsets.UTF_8);
		ImportJob refused = preview(service, over, "thua.csv");
		assertThat(refused.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(refused.message()).contains("hơn 4 dòng");
	}

	@Test
	void aCsvCellLongerThanTheLimitIsRefusedNamingRowAndColumn() {
		ImportService service = service(0, 0, 0, 0);
		byte[] atLimit = (HEADER + row("Lê " + "a".repeat(32_764))).getBytes(StandardCharsets.UTF_8);
		ImportJob ok = preview(service, atLimit, "dai.csv");
		assertThat(ok.status()).isEqualTo(ImportJob.Status.READY); // (the name itself is
																	// then refused as too
																	// long)
		byte[] over = (HEADER + row("Lê " + "a".repeat(32_765))).getBytes(StandardCharsets.UTF_8);
		ImportJob refused = preview(service, over, "qua-dai.csv");
		assertThat(refused.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(refused.message()).contains("Ô quá dài").contains("dòng 2, cột B").contains("32.767 ký tự");
	}

	@Test
	void anXlsxCellLongerThanTheLimitIsRefusedByTheGuard() {
		ImportService service = service(0, 0, 0, 0);
		byte[] valid = Sheets.simple(fx.personColumns(), "Cán bộ",
				List.of(ImportFixture.person(tree.a().code(), "Ngô Văn An", ImportFixture.nationalId())));
		String strings = Sheets.entry(valid, "xl/sharedStrings.xml");
		assertThat(strings).contains("Ngô Văn An");
		byte[] hostile = Sheets.replaceEntry(valid, "xl/sharedStrings.xml",
				strings.replace("Ngô Văn An", "a".repeat(40_000)));
		ImportJob refused = preview(service, hostile, "o-dai.xlsx");
		assertThat(refused.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(refused.message()).contains("Ô quá dài").contains("bảng chuỗi dùng chung").contains("32.767");
	}

	// ---- issues ----

	@Test
	void onlyTheFirstIssuesAreStoredTheRestCountedAndTheRejectedRowsStream() throws IOException {
		ImportService service = service(0, 600, 0, 0);
		ImportJob job = preview(service, csv(3, 700), "nhieu-loi.csv");
		assertThat(job.status()).as(job.message()).isEqualTo(ImportJob.Status.READY);
		assertThat(job.errorRows()).as("the preview still counts every row with errors").isEqualTo(700);
		assertThat(job.validRows()).isEqualTo(3);
		assertThat(storedIssues(job.id())).isEqualTo(600);
		assertThat(job.unlistedIssues()).isPositive();
		long all = 600 + job.unlistedIssues();
		assertThat(all).isGreaterThanOrEqualTo(700);
		assertThat(job.message()).contains("và " + FileGuard.number(job.unlistedIssues()) + " lỗi khác");
		long listedRows = jobs.storedErrorRows(job.id());
		String more = "và " + FileGuard.number(job.unlistedIssues()) + " lỗi khác";
		try {
			mvc.perform(get("/imports/{id}", job.id()).with(user(me)))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("… " + more)));
			mvc.perform(get("/api/v1/imports/{id}/issues", job.id()).with(user(me)))
				.andExpect(jsonPath("$.total").value(600))
				.andExpect(jsonPath("$.unlisted").value(job.unlistedIssues()));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}

		// the rejected rows: every row with a stored error (more than one page of them),
		// and a note on the rest
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		service.writeRejectedRows(job.id(), out);
		try (XSSFWorkbook wb = Sheets.read(out.toByteArray())) {
			XSSFSheet s = wb.getSheetAt(0);
			int sourceCol = fx.personColumns().size();
			int rows = 0;
			double last = 0;
			for (Row r : s) {
				if (r.getRowNum() > 0 && r.getCell(sourceCol) != null) { // (the template
																			// styles
																			// empty rows
																			// too)
					rows++;
					assertThat(r.getCell(sourceCol).getNumericCellValue()).isGreaterThan(last);
					last = r.getCell(sourceCol).getNumericCellValue();
					assertThat(r.getCell(sourceCol + 1).getStringCellValue()).contains("Họ và tên khai sinh");
				}
			}
			assertThat(rows).isEqualTo(listedRows).isGreaterThan(500);
			assertThat(s.getRow(0).getCell(sourceCol + 2).getStringCellValue())
				.contains("Còn " + FileGuard.number(700 - listedRows) + " dòng có lỗi không được liệt kê");
		}

		// rows whose errors were not stored cannot be told from valid ones: no skipping
		// then
		assertThatThrownBy(() -> service.commit(job.id(), DuplicateMode.SKIP, true, Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("700 dòng lỗi nhưng chỉ " + listedRows);
	}

	// ---- quota and deletion ----

	@Test
	void eachUserHasAQuotaOfPendingUploadsAndCancellingFreesIt() throws IOException {
		ImportService service = service(0, 0, 2, 0);
		ImportJob first = preview(service, csv(1, 0), "mot.csv");
		ImportJob second = preview(service, csv(1, 0), "hai.csv");
		assertThat(second.status()).isEqualTo(ImportJob.Status.READY);
		assertThat(files()).hasSize(2);
		long jobsBefore = jdbc.sql("select count(*) from import_job").query(Long.class).single();
		assertThatThrownBy(
				() -> service.upload(ImportFixture.PERSONS, "ba.csv", new ByteArrayInputStream(csv(1, 0)), Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("2 tệp tải lên chưa nhập (tối đa 2 tệp mỗi người)");
		assertThat(jdbc.sql("select count(*) from import_job").query(Long.class).single()).isEqualTo(jobsBefore);
		assertThat(files()).hasSize(2);

		ImportJob cancelled = service.cancel(first.id());
		assertThat(cancelled.status()).isEqualTo(ImportJob.Status.FAILED);
		// (the page's button does the same, through the application's service)
		try {
			mvc.perform(post("/imports/{id}/cancel", second.id()).with(user(me)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		assertThat(service.job(second.id()).message()).contains("Đã huỷ");
		assertThat(files()).isEmpty();
		assertThat(preview(service, csv(1, 0), "hai.csv").status()).isEqualTo(ImportJob.Status.READY);
		assertThat(cancelled.message()).contains("Đã huỷ");
		assertThat(files()).hasSize(1);
		assertThatThrownBy(() -> service.cancel(first.id())).isInstanceOf(ValidationException.class);
		assertThat(preview(service, csv(1, 0), "ba.csv").status()).isEqualTo(ImportJob.Status.READY);
	}

	@Test
	void theQuotaAlsoLimitsTheSizeOfPendingUploads() throws IOException {
		ImportService service = service(0, 0, 0, 1024);
		byte[] padded = (new String(csv(1, 0), StandardCharsets.UTF_8) + ";;;;;;;\n".repeat(80_000))
			.getBytes(StandardCharsets.UTF_8); // 640 KB: one person and blank rows
		ImportJob first = preview(service, padded, "mot.csv");
		assertThat(first.status()).as(first.message()).isEqualTo(ImportJob.Status.READY);
		assertThatThrownBy(
				() -> service.upload(ImportFixture.PERSONS, "hai.csv", new ByteArrayInputStream(padded), Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("tối đa 1 MB mỗi người");
		assertThat(files()).hasSize(1);
		// a small one still fits
		assertThat(preview(service, csv(1, 0), "nho.csv").status()).isEqualTo(ImportJob.Status.READY);
	}

	@Test
	void theUploadIsDeletedAfterCommitAndTheRejectedRowsByTheRetentionCleanup() throws IOException {
		ImportService service = service(0, 0, 0, 0);
		ImportJob clean = preview(service, csv(2, 0), "sach.csv");
		ImportJob done = ImportLimitsTest.await(service,
				service.commit(clean.id(), DuplicateMode.SKIP, false, Scope.all()).id());
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(jobs.storedFile(done.id())).isEmpty();
		assertThat(files()).isEmpty();

		// with rejected rows: the upload goes, a small file of the rejected rows stays
		// for the download
		ImportJob mixed = preview(service, csv(2, 1), "tron.csv");
		ImportJob committed = ImportLimitsTest.await(service,
				service.commit(mixed.id(), DuplicateMode.SKIP, true, Scope.all()).id());
		assertThat(committed.status()).as(committed.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(jobs.storedFile(mixed.id())).isEmpty();
		assertThat(files()).hasSize(1).allMatch(p -> p.getFileName().toString().endsWith(".rejected.xlsx"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		service.writeRejectedRows(mixed.id(), out);
		try (XSSFWorkbook wb = Sheets.read(out.toByteArray())) {
			Row listed = wb.getSheetAt(0).getRow(1);
			assertThat(listed.getCell(fx.personColumns().size()).getNumericCellValue()).isEqualTo(4);
			assertThat(listed.getCell(fx.personColumns().size() + 1).getStringCellValue())
				.contains("Họ và tên khai sinh");
			assertThat(wb.getSheetAt(0).getRow(2).getCell(fx.personColumns().size())).isNull();
		}

		// an abandoned preview and the rejected rows, past the retention period
		ImportJob abandoned = preview(service, csv(1, 0), "bo-do.csv");
		ImportJob recent = preview(service, csv(1, 0), "moi.csv");
		assertThat(files()).hasSize(3);
		assertThat(store.cleanup()).isZero();
		jdbc.sql("update import_job set created_at = now() - interval '8 days' where id in (:ids)")
			.param("ids", List.of(abandoned.id(), mixed.id()))
			.update();
		assertThat(store.cleanup()).isEqualTo(2);
		assertThat(jobs.storedFile(abandoned.id())).isEmpty();
		assertThat(jobs.rejectedFile(mixed.id())).isEmpty();
		assertThat(jobs.storedFile(recent.id())).isPresent();
		assertThat(files()).hasSize(1);
		assertThatThrownBy(() -> service.commit(abandoned.id(), DuplicateMode.SKIP, false, Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("không còn lưu trên máy chủ");
	}

}
