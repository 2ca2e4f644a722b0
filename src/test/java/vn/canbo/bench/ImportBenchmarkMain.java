package vn.canbo.bench;

import static vn.canbo.bench.BenchWorker.arg;
import static vn.canbo.bench.BenchWorker.ms;
import static vn.canbo.bench.BenchWorker.peakHeap;
import static vn.canbo.bench.BenchWorker.resetPeaks;
import static vn.canbo.bench.BenchWorker.result;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.canbo.imports.DuplicateMode;
import vn.canbo.imports.ImportColumn;
import vn.canbo.imports.ImportJob;
import vn.canbo.imports.ImportService;
import vn.canbo.imports.ImportTemplate;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.shared.Scope;

/**
 * The import benchmark's worker, run in its own JVM (-Xmx512m) by
 * {@link ImportBenchmark}: starts canbo on a fresh embedded PostgreSQL, writes an .xlsx
 * of N persons in the PERSONS template (fastexcel, realistic values), then previews and
 * commits it through {@link ImportService} exactly as an upload would, and prints the
 * timings and the peak heap as "RESULT key=value" lines.
 */
public final class ImportBenchmarkMain {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	private static final String[] MIDDLE_M = { "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân" };

	private static final String[] MIDDLE_F = { "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng", "Mai", "Phương" };

	private static final String[] GIVEN_M = { "An", "Bình", "Cường", "Dũng", "Hùng", "Khánh", "Long", "Minh", "Nam",
			"Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt" };

	private static final String[] GIVEN_F = { "Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai",
			"Ngọc", "Nhung", "Phương", "Thảo", "Trang", "Yến" };

	private static final String[] PROVINCES = { "tỉnh Hải Dương", "tỉnh Nam Định", "tỉnh Thái Bình", "thành phố Hà Nội",
			"tỉnh Nghệ An", "tỉnh Thanh Hóa" };

	private ImportBenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		int n = arg(args, 0, 100000);
		BenchWorker.run(ctx -> {
			UnitService units = ctx.getBean(UnitService.class);
			ImportService imports = ctx.getBean(ImportService.class);
			String k = UUID.randomUUID().toString().substring(0, 6);
			LocalDate founded = LocalDate.of(1980, 1, 1);
			UnitView province = units.create(new UnitService.NewUnit("BP-" + k, "Tỉnh Benchmark " + k, null, "DIA_BAN",
					AdminLevel.PROVINCE, null, founded));
			List<String> codes = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				codes.add(units
					.create(new UnitService.NewUnit("BX-" + k + "-" + i, "UBND xã " + i + " " + k, null, "UBND",
							AdminLevel.COMMUNE, province.id(), founded))
					.code());
			}
			ImportTemplate t = imports.template("PERSONS");
			Path file = Files.createTempFile("import-bench", ".xlsx");
			long t0 = System.nanoTime();
			try (OutputStream out = Files.newOutputStream(file)) {
				write(t, codes, n, out);
			}
			long genMs = ms(t0);
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			ImportJob job = imports.upload("PERSONS", "bench.xlsx", Files.newInputStream(file), Scope.all());
			job = await(imports, job.id());
			long previewMs = ms(start);
			result("previewOnlyMs", previewMs);
			if (job.status() != ImportJob.Status.READY || job.errorRows() > 0) {
				result("error", job.status() + " " + job.message() + " " + imports.issues(job.id(), 0, 5));
				return;
			}
			long c0 = System.nanoTime();
			imports.commit(job.id(), DuplicateMode.SKIP, false, Scope.all());
			job = await(imports, job.id());
			long commitMs = ms(c0);
			long totalMs = ms(start);
			result("rows", n);
			result("fileBytes", Files.size(file));
			result("generateMs", genMs);
			result("status", job.status() + " created=" + job.createdCount() + " message=" + job.message());
			result("previewMs", previewMs);
			result("commitMs", commitMs);
			result("totalMs", totalMs);
			result("maxHeapMb", Runtime.getRuntime().maxMemory() / 1048576);
			result("peakHeapMb", peakHeap() / 1048576);
			Files.deleteIfExists(file);
		});
	}

	static ImportJob await(ImportService imports, long id) throws InterruptedException {
		while (true) {
			ImportJob j = imports.job(id);
			if (!j.status().running()) {
				return j;
			}
			Thread.sleep(200);
		}
	}

	static void write(ImportTemplate t, List<String> codes, int n, OutputStream out) throws IOException {
		SplittableRandom r = new SplittableRandom(42);
		Workbook wb = new Workbook(out, "bench", "1.0");
		Worksheet ws = wb.newWorksheet(t.sheetName());
		List<ImportColumn> cols = t.columns();
		java.util.Set<String> identities = new java.util.HashSet<>();
		for (int c = 0; c < cols.size(); c++) {
			ws.value(0, c, cols.get(c).header());
		}
		for (int i = 1; i <= n; i++) {
			boolean male = r.nextBoolean();
			String name;
			LocalDate birth;
			String province;
			do { // the file's rows are distinct persons (same name + birth date + home
					// town = a duplicate)
				name = FAMILY[r.nextInt(FAMILY.length)] + " " + (male ? MIDDLE_M : MIDDLE_F)[r.nextInt(8)] + " "
						+ (male ? GIVEN_M : GIVEN_F)[r.nextInt(16)];
				birth = LocalDate.of(1965, 1, 1).plusDays(r.nextInt(365 * 35));
				province = PROVINCES[r.nextInt(PROVINCES.length)];
			}
			while (!identities.add(name + birth.getYear() + province));
			LocalDate from = birth.plusYears(22 + r.nextInt(10));
			if (from.isAfter(LocalDate.of(2025, 1, 1))) {
				from = LocalDate.of(2025, 1, 1);
			}
			for (int c = 0; c < cols.size(); c++) {
				Object v = switch (cols.get(c).key()) {
					case "unitCode" -> codes.get(r.nextInt(codes.size()));
					case "fullName" -> name;
					case "gender" -> male ? "Nam" : "Nữ";
					case "birthDate" -> r.nextInt(20) == 0 ? String.valueOf(birth.getYear()) : birth;
					case "homeTownCommune" -> "xã " + GIVEN_M[r.nextInt(16)];
					case "homeTownProvince" -> province;
					case "ethnicityCode" -> "01";
					case "category" -> "Công chức";
					case "titleCode" -> "CHUYEN_VIEN";
					case "positionFrom" -> from;
					case "rankCode" -> "01.003";
					case "step" -> 1 + r.nextInt(5);
					case "salaryFrom" -> from;
					case "professionalLevel" -> "DAI_HOC";
					case "major" -> "Luật";
					case "phone" -> String.format("09%08d", r.nextInt(100_000_000));
					case "nationalId" -> String.format("%03d%09d", 1 + r.nextInt(90), i);
					case "currentAddress" ->
						"Thôn " + (1 + r.nextInt(12)) + ", " + PROVINCES[r.nextInt(PROVINCES.length)];
					default -> null;
				};
				if (v instanceof LocalDate d) {
					ws.value(i, c, d);
					ws.style(i, c).format("dd/mm/yyyy").set();
				}
				else if (v instanceof Integer x) {
					ws.value(i, c, x);
				}
				else if (v != null) {
					ws.value(i, c, v.toString());
				}
			}
			if (i % 1000 == 0) {
				ws.flush();
			}
		}
		wb.finish();
	}

}
