package vn.canbo.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.canbo.targets.Achievement.Status;
import vn.canbo.targets.Indicator.Direction;

class PhrasingTest {

	@Test
	void ratioAboveTarget() {
		Phrasing.Result r = Phrasing.ratio(6, 37, new BigDecimal("15"), Direction.AT_LEAST, null);
		assertThat(r.phrase()).isEqualTo("6/37 đồng chí, đạt 16,22%, vượt 1,22% so với chỉ tiêu");
		assertThat(r.status()).isEqualTo(Status.VUOT);
		assertThat(r.value()).isEqualByComparingTo("16.22");
		assertThat(r.difference()).isEqualByComparingTo("1.22");
	}

	@Test
	void countAbovePlan() {
		Phrasing.Result r = Phrasing.count(1210, new BigDecimal("1116"), Direction.AT_LEAST, "kết nạp", "đảng viên");
		assertThat(r.phrase()).isEqualTo("kết nạp 1.210 đảng viên, vượt 8,42% kế hoạch");
		assertThat(r.status()).isEqualTo(Status.VUOT);
		assertThat(r.difference()).isEqualByComparingTo("8.42");
	}

	@Test
	void countBelowTargetIsValueOverTarget() {
		Phrasing.Result r = Phrasing.count(17, new BigDecimal("40"), Direction.AT_LEAST,
				Indicator.Wording.AGAINST_TARGET, 2, "kết nạp", "đảng viên");
		assertThat(r.phrase()).isEqualTo("kết nạp 17 đảng viên, đạt 42,5% chỉ tiêu");
		assertThat(r.phrase()).endsWith("đạt 42,5% chỉ tiêu");
		assertThat(r.status()).isEqualTo(Status.CHUA_DAT);
		assertThat(Phrasing.count(1116, new BigDecimal("1116"), Direction.AT_LEAST, "kết nạp", "đảng viên").phrase())
			.isEqualTo("kết nạp 1.116 đảng viên, đạt 100% kế hoạch");
	}

	@Test
	void roundingIsHalfUpFromCounts() {
		// 1/800 = 0,125% → 0,13 (half-even would give 0,12); 2/3 = 66,666…% → 66,67
		assertThat(Phrasing.ratio(1, 800, new BigDecimal("0.1"), Direction.AT_LEAST, null).phrase())
			.isEqualTo("1/800 đồng chí, đạt 0,13%, vượt 0,03% so với chỉ tiêu");
		assertThat(Phrasing.ratio(2, 3, new BigDecimal("70"), Direction.AT_LEAST, null).phrase())
			.isEqualTo("2/3 đồng chí, đạt 66,67%, thấp hơn 3,33% so với chỉ tiêu");
		assertThat(Phrasing.ratio(3, 20, new BigDecimal("15"), Direction.AT_LEAST, null).phrase())
			.isEqualTo("3/20 đồng chí, đạt 15%, đạt chỉ tiêu");
		assertThat(Phrasing.ratio(1, 0, new BigDecimal("15"), Direction.AT_LEAST, null).status())
			.isEqualTo(Status.KHONG_CO_SO_LIEU);
	}

	@Test
	void atMost() {
		Phrasing.Result ok = Phrasing.ratio(3, 100, new BigDecimal("5"), Direction.AT_MOST, "đồng chí");
		assertThat(ok.status()).isEqualTo(Status.DAT);
		assertThat(ok.phrase()).isEqualTo("3/100 đồng chí, chiếm 3%, trong giới hạn chỉ tiêu (không quá 5%)");
		Phrasing.Result bad = Phrasing.ratio(6, 100, new BigDecimal("5"), Direction.AT_MOST, "đồng chí");
		assertThat(bad.status()).isEqualTo(Status.CHUA_DAT);
		assertThat(bad.phrase()).isEqualTo("6/100 đồng chí, chiếm 6%, cao hơn 1% so với chỉ tiêu");
	}

	@Test
	void largeNumbersUseDotGrouping() {
		assertThat(Phrasing.count(12345, new BigDecimal("10000"), Direction.AT_LEAST, null, "lượt").phrase())
			.isEqualTo("12.345 lượt, vượt 23,45% kế hoạch");
	}

}
