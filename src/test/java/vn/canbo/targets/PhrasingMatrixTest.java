package vn.canbo.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.canbo.targets.Achievement.Status;
import vn.canbo.targets.Indicator.Direction;
import vn.canbo.targets.Indicator.Kind;
import vn.canbo.targets.Indicator.Wording;

/**
 * Every combination of kind × direction × phrasing × target (present / absent) × result
 * (above / equal / below the target), with the sentence written out by hand in the
 * committee's wording ("chiếm 21,1%", "đạt 36,9% chỉ tiêu", "vượt 16,96% kế hoạch") and
 * at the indicator's precision (RATIO rows one decimal, SHARE rows two, counts one). An
 * absent target keeps the same counts: the sentence then states the value alone.
 */
class PhrasingMatrixTest {

	@ParameterizedTest(name = "{0} {1} {2} target={3} {4}: {9}")
	@CsvSource(delimiter = '|',
			textBlock = """
					RATIO           | AT_LEAST | SHARE_ONLY     | 15   | above |    6 | 37 | 1 |           | 6/37 đồng chí, chiếm 16,2% | VUOT
					RATIO           | AT_LEAST | SHARE_ONLY     | 15   | equal |    3 | 20 | 1 |           | 3/20 đồng chí, chiếm 15% | DAT
					RATIO           | AT_LEAST | SHARE_ONLY     | 15   | below |    5 | 37 | 1 |           | 5/37 đồng chí, chiếm 13,5% | CHUA_DAT
					RATIO           | AT_LEAST | SHARE_ONLY     |      | above |    6 | 37 | 1 |           | 6/37 đồng chí, chiếm 16,2% | KHONG_CO_CHI_TIEU
					RATIO           | AT_LEAST | SHARE_ONLY     |      | equal |    3 | 20 | 1 |           | 3/20 đồng chí, chiếm 15% | KHONG_CO_CHI_TIEU
					RATIO           | AT_LEAST | SHARE_ONLY     |      | below |    5 | 37 | 1 |           | 5/37 đồng chí, chiếm 13,5% | KHONG_CO_CHI_TIEU
					RATIO           | AT_LEAST | AGAINST_TARGET | 15   | above |    6 | 37 | 1 |           | 6/37 đồng chí, đạt 16,2%, vượt 1,2% so với chỉ tiêu | VUOT
					RATIO           | AT_LEAST | AGAINST_TARGET | 15   | equal |    3 | 20 | 1 |           | 3/20 đồng chí, đạt 15%, đạt chỉ tiêu | DAT
					RATIO           | AT_LEAST | AGAINST_TARGET | 15   | below |    5 | 37 | 1 |           | 5/37 đồng chí, đạt 13,5%, thấp hơn 1,5% so với chỉ tiêu | CHUA_DAT
					RATIO           | AT_LEAST | AGAINST_TARGET |      | above |    6 | 37 | 1 |           | 6/37 đồng chí, chiếm 16,2% | KHONG_CO_CHI_TIEU
					RATIO           | AT_LEAST | AGAINST_TARGET |      | equal |    3 | 20 | 1 |           | 3/20 đồng chí, chiếm 15% | KHONG_CO_CHI_TIEU
					RATIO           | AT_LEAST | AGAINST_TARGET |      | below |    5 | 37 | 1 |           | 5/37 đồng chí, chiếm 13,5% | KHONG_CO_CHI_TIEU
					RATIO           | AT_LEAST | AGAINST_PLAN   | 15   | above |    6 | 37 | 1 |           | 6/37 đồng chí, đạt 16,2%, vượt 1,2% so với kế hoạch | VUOT
					RATIO           | AT_LEAST | AGAINST_PLAN   | 15   | equal |    3 | 20 | 1 |           | 3/20 đồng chí, đạt 15%, đạt kế hoạch | DAT
					RATIO           | AT_LEAST | AGAINST_PLAN   | 15   | below |    5 | 37 | 1 |           | 5/37 đồng chí, đạt 13,5%, thấp hơn 1,5% so với kế hoạch | CHUA_DAT
					RATIO           | AT_LEAST | AGAINST_PLAN   |      | above |    6 | 37 | 1 |           | 6/37 đồng chí, chiếm 16,2% | KHONG_CO_CHI_TIEU
					RATIO           | AT_LEAST | AGAINST_PLAN   |      | equal |    3 | 20 | 1 |           | 3/20 đồng chí, chiếm 15% | KHONG_CO_CHI_TIEU
					RATIO           | AT_LEAST | AGAINST_PLAN   |      | below |    5 | 37 | 1 |           | 5/37 đồng chí, chiếm 13,5% | KHONG_CO_CHI_TIEU
					RATIO           | AT_MOST  | SHARE_ONLY     | 15   | above |    6 | 37 | 1 |           | 6/37 đồng chí, chiếm 16,2% | CHUA_DAT
					RATIO           | AT_MOST  | SHARE_ONLY     | 15   | equal |    3 | 20 | 1 |           | 3/20 đồng chí, chiếm 15% | DAT
					RATIO           | AT_MOST  | SHARE_ONLY     | 15   | below |    5 | 37 | 1 |           | 5/37 đồng chí, chiếm 13,5% | DAT
					RATIO           | AT_MOST  | SHARE_ONLY     |      | above |    6 | 37 | 1 |           | 6/37 đồng chí, chiếm 16,2% | KHONG_CO_CHI_TIEU
					RATIO           | AT_MOST  | SHARE_ONLY     |      | equal |    3 | 20 | 1 |           | 3/20 đồng chí, chiếm 15% | KHONG_CO_CHI_TIEU
					RATIO           | AT_MOST  | SHARE_ONLY     |      | below |    5 | 37 | 1 |           | 5/37 đồng chí, chiếm 13,5% | KHONG_CO_CHI_TIEU
					RATIO           | AT_MOST  | AGAINST_TARGET | 15   | above |    6 | 37 | 1 |           | 6/37 đồng chí, chiếm 16,2%, cao hơn 1,2% so với chỉ tiêu | CHUA_DAT
					RATIO           | AT_MOST  | AGAINST_TARGET | 15   | equal |    3 | 20 | 1 |           | 3/20 đồng chí, chiếm 15%, trong giới hạn chỉ tiêu (không quá 15%) | DAT
					RATIO           | AT_MOST  | AGAINST_TARGET | 15   | below |    5 | 37 | 1 |           | 5/37 đồng chí, chiếm 13,5%, trong giới hạn chỉ tiêu (không quá 15%) | DAT
					RATIO           | AT_MOST  | AGAINST_TARGET |      | above |    6 | 37 | 1 |           | 6/37 đồng chí, chiếm 16,2% | KHONG_CO_CHI_TIEU
					RATIO           | AT_MOST  | AGAINST_TARGET |      | equal |    3 | 20 | 1 |           | 3/20 đồng chí, chiếm 15% | KHONG_CO_CHI_TIEU
					RATIO           | AT_MOST  | AGAINST_TARGET |      | below |    5 | 37 | 1 |           | 5/37 đồng chí, chiếm 13,5% | KHONG_CO_CHI_TIEU
					RATIO           | AT_MOST  | AGAINST_PLAN   | 15   | above |    6 | 37 | 1 |           | 6/37 đồng chí, chiếm 16,2%, cao hơn 1,2% so với kế hoạch | CHUA_DAT
					RATIO           | AT_MOST  | AGAINST_PLAN   | 15   | equal |    3 | 20 | 1 |           | 3/20 đồng chí, chiếm 15%, trong giới hạn kế hoạch (không quá 15%) | DAT
					RATIO           | AT_MOST  | AGAINST_PLAN   | 15   | below |    5 | 37 | 1 |           | 5/37 đồng chí, chiếm 13,5%, trong giới hạn kế hoạch (không quá 15%) | DAT
					RATIO           | AT_MOST  | AGAINST_PLAN   |      | above |    6 | 37 | 1 |           | 6/37 đồng chí, chiếm 16,2% | KHONG_CO_CHI_TIEU
					RATIO           | AT_MOST  | AGAINST_PLAN   |      | equal |    3 | 20 | 1 |           | 3/20 đồng chí, chiếm 15% | KHONG_CO_CHI_TIEU
					RATIO           | AT_MOST  | AGAINST_PLAN   |      | below |    5 | 37 | 1 |           | 5/37 đồng chí, chiếm 13,5% | KHONG_CO_CHI_TIEU
					SHARE           | AT_LEAST | SHARE_ONLY     | 15   | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, chiếm 16,22% | VUOT
					SHARE           | AT_LEAST | SHARE_ONLY     | 15   | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, chiếm 15% | DAT
					SHARE           | AT_LEAST | SHARE_ONLY     | 15   | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, chiếm 13,51% | CHUA_DAT
					SHARE           | AT_LEAST | SHARE_ONLY     |      | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, chiếm 16,22% | KHONG_CO_CHI_TIEU
					SHARE           | AT_LEAST | SHARE_ONLY     |      | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, chiếm 15% | KHONG_CO_CHI_TIEU
					SHARE           | AT_LEAST | SHARE_ONLY     |      | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, chiếm 13,51% | KHONG_CO_CHI_TIEU
					SHARE           | AT_LEAST | AGAINST_TARGET | 15   | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, đạt 16,22%, vượt 1,22% so với chỉ tiêu | VUOT
					SHARE           | AT_LEAST | AGAINST_TARGET | 15   | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, đạt 15%, đạt chỉ tiêu | DAT
					SHARE           | AT_LEAST | AGAINST_TARGET | 15   | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, đạt 13,51%, thấp hơn 1,49% so với chỉ tiêu | CHUA_DAT
					SHARE           | AT_LEAST | AGAINST_TARGET |      | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, chiếm 16,22% | KHONG_CO_CHI_TIEU
					SHARE           | AT_LEAST | AGAINST_TARGET |      | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, chiếm 15% | KHONG_CO_CHI_TIEU
					SHARE           | AT_LEAST | AGAINST_TARGET |      | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, chiếm 13,51% | KHONG_CO_CHI_TIEU
					SHARE           | AT_LEAST | AGAINST_PLAN   | 15   | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, đạt 16,22%, vượt 1,22% so với kế hoạch | VUOT
					SHARE           | AT_LEAST | AGAINST_PLAN   | 15   | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, đạt 15%, đạt kế hoạch | DAT
					SHARE           | AT_LEAST | AGAINST_PLAN   | 15   | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, đạt 13,51%, thấp hơn 1,49% so với kế hoạch | CHUA_DAT
					SHARE           | AT_LEAST | AGAINST_PLAN   |      | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, chiếm 16,22% | KHONG_CO_CHI_TIEU
					SHARE           | AT_LEAST | AGAINST_PLAN   |      | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, chiếm 15% | KHONG_CO_CHI_TIEU
					SHARE           | AT_LEAST | AGAINST_PLAN   |      | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, chiếm 13,51% | KHONG_CO_CHI_TIEU
					SHARE           | AT_MOST  | SHARE_ONLY     | 15   | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, chiếm 16,22% | CHUA_DAT
					SHARE           | AT_MOST  | SHARE_ONLY     | 15   | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, chiếm 15% | DAT
					SHARE           | AT_MOST  | SHARE_ONLY     | 15   | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, chiếm 13,51% | DAT
					SHARE           | AT_MOST  | SHARE_ONLY     |      | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, chiếm 16,22% | KHONG_CO_CHI_TIEU
					SHARE           | AT_MOST  | SHARE_ONLY     |      | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, chiếm 15% | KHONG_CO_CHI_TIEU
					SHARE           | AT_MOST  | SHARE_ONLY     |      | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, chiếm 13,51% | KHONG_CO_CHI_TIEU
					SHARE           | AT_MOST  | AGAINST_TARGET | 15   | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, chiếm 16,22%, cao hơn 1,22% so với chỉ tiêu | CHUA_DAT
					SHARE           | AT_MOST  | AGAINST_TARGET | 15   | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, chiếm 15%, trong giới hạn chỉ tiêu (không quá 15%) | DAT
					SHARE           | AT_MOST  | AGAINST_TARGET | 15   | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, chiếm 13,51%, trong giới hạn chỉ tiêu (không quá 15%) | DAT
					SHARE           | AT_MOST  | AGAINST_TARGET |      | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, chiếm 16,22% | KHONG_CO_CHI_TIEU
					SHARE           | AT_MOST  | AGAINST_TARGET |      | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, chiếm 15% | KHONG_CO_CHI_TIEU
					SHARE           | AT_MOST  | AGAINST_TARGET |      | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, chiếm 13,51% | KHONG_CO_CHI_TIEU
					SHARE           | AT_MOST  | AGAINST_PLAN   | 15   | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, chiếm 16,22%, cao hơn 1,22% so với kế hoạch | CHUA_DAT
					SHARE           | AT_MOST  | AGAINST_PLAN   | 15   | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, chiếm 15%, trong giới hạn kế hoạch (không quá 15%) | DAT
					SHARE           | AT_MOST  | AGAINST_PLAN   | 15   | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, chiếm 13,51%, trong giới hạn kế hoạch (không quá 15%) | DAT
					SHARE           | AT_MOST  | AGAINST_PLAN   |      | above |    6 | 37 | 2 | đảng viên | 6/37 đảng viên, chiếm 16,22% | KHONG_CO_CHI_TIEU
					SHARE           | AT_MOST  | AGAINST_PLAN   |      | equal |    3 | 20 | 2 | đảng viên | 3/20 đảng viên, chiếm 15% | KHONG_CO_CHI_TIEU
					SHARE           | AT_MOST  | AGAINST_PLAN   |      | below |    5 | 37 | 2 | đảng viên | 5/37 đảng viên, chiếm 13,51% | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_LEAST | SHARE_ONLY     | 1116 | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên | VUOT
					COUNT_IN_PERIOD | AT_LEAST | SHARE_ONLY     | 1116 | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên | DAT
					COUNT_IN_PERIOD | AT_LEAST | SHARE_ONLY     | 1116 | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên | CHUA_DAT
					COUNT_IN_PERIOD | AT_LEAST | SHARE_ONLY     |      | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_LEAST | SHARE_ONLY     |      | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_LEAST | SHARE_ONLY     |      | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_TARGET | 1116 | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên, vượt 8,4% chỉ tiêu | VUOT
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_TARGET | 1116 | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên, đạt 100% chỉ tiêu | DAT
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_TARGET | 1116 | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên, đạt 53,8% chỉ tiêu | CHUA_DAT
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_TARGET |      | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_TARGET |      | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_TARGET |      | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_PLAN   | 1116 | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên, vượt 8,4% kế hoạch | VUOT
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_PLAN   | 1116 | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên, đạt 100% kế hoạch | DAT
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_PLAN   | 1116 | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên, đạt 53,8% kế hoạch | CHUA_DAT
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_PLAN   |      | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_PLAN   |      | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_LEAST | AGAINST_PLAN   |      | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_MOST  | SHARE_ONLY     | 1116 | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên | CHUA_DAT
					COUNT_IN_PERIOD | AT_MOST  | SHARE_ONLY     | 1116 | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên | DAT
					COUNT_IN_PERIOD | AT_MOST  | SHARE_ONLY     | 1116 | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên | DAT
					COUNT_IN_PERIOD | AT_MOST  | SHARE_ONLY     |      | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_MOST  | SHARE_ONLY     |      | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_MOST  | SHARE_ONLY     |      | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_TARGET | 1116 | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên, vượt 8,4% so với mức tối đa của chỉ tiêu | CHUA_DAT
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_TARGET | 1116 | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên, bằng 100% mức tối đa của chỉ tiêu | DAT
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_TARGET | 1116 | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên, bằng 53,8% mức tối đa của chỉ tiêu | DAT
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_TARGET |      | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_TARGET |      | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_TARGET |      | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_PLAN   | 1116 | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên, vượt 8,4% so với mức tối đa của kế hoạch | CHUA_DAT
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_PLAN   | 1116 | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên, bằng 100% mức tối đa của kế hoạch | DAT
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_PLAN   | 1116 | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên, bằng 53,8% mức tối đa của kế hoạch | DAT
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_PLAN   |      | above | 1210 |    | 1 | đảng viên | kết nạp 1.210 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_PLAN   |      | equal | 1116 |    | 1 | đảng viên | kết nạp 1.116 đảng viên | KHONG_CO_CHI_TIEU
					COUNT_IN_PERIOD | AT_MOST  | AGAINST_PLAN   |      | below |  600 |    | 1 | đảng viên | kết nạp 600 đảng viên | KHONG_CO_CHI_TIEU
					""")
	void everyCombination(Kind kind, Direction direction, Wording wording, BigDecimal target, String result, long count,
			Long of, int decimals, String noun, String sentence, Status status) {
		Indicator i = new Indicator(1L, "X", "X", kind, direction, target, null, null, null, null, true,
				kind == Kind.COUNT_IN_PERIOD ? "kết nạp" : null, noun, null, 0, wording, decimals);
		Phrasing.Result r = Phrasing.of(i, count, of);
		assertThat(r.phrase()).isEqualTo(sentence);
		assertThat(r.status()).isEqualTo(status);
	}

	/** The table above leaves out no combination. */
	@Test
	void theTableCoversEveryCombination() throws Exception {
		CsvSource table = getClass()
			.getDeclaredMethod("everyCombination", Kind.class, Direction.class, Wording.class, BigDecimal.class,
					String.class, long.class, Long.class, int.class, String.class, String.class, Status.class)
			.getAnnotation(CsvSource.class);
		Set<String> seen = new HashSet<>();
		for (String line : table.textBlock().strip().split("\\R")) {
			String[] c = line.split("\\|");
			seen.add(c[0].strip() + c[1].strip() + c[2].strip() + c[3].strip().isEmpty() + c[4].strip());
		}
		Set<String> all = new HashSet<>();
		for (Kind k : Kind.values()) {
			for (Direction d : Direction.values()) {
				for (Wording w : Wording.values()) {
					for (boolean noTarget : new boolean[] { true, false }) {
						for (String r : new String[] { "above", "equal", "below" }) {
							all.add(k.name() + d.name() + w.name() + noTarget + r);
						}
					}
				}
			}
		}
		assertThat(seen).isEqualTo(all);
	}

	/**
	 * Point 7: the precision is the indicator's, computed from the counts straight to it
	 * (21,046% is 21% with one decimal, not 21,05% → 21,1%), trailing zeros not written.
	 */
	@Test
	void precisionIsTheIndicatorsAndNeverRoundedTwice() {
		assertThat(Phrasing.ratio(21046, 100000, null, Direction.AT_LEAST, Wording.SHARE_ONLY, 1, null).phrase())
			.isEqualTo("21.046/100.000 đồng chí, chiếm 21%");
		assertThat(Phrasing.ratio(21046, 100000, null, Direction.AT_LEAST, Wording.SHARE_ONLY, 3, null).phrase())
			.isEqualTo("21.046/100.000 đồng chí, chiếm 21,046%");
		assertThat(Phrasing.ratio(21046, 100000, null, Direction.AT_LEAST, Wording.SHARE_ONLY, 0, null).phrase())
			.isEqualTo("21.046/100.000 đồng chí, chiếm 21%");
		assertThat(Phrasing.ratio(211, 1000, null, Direction.AT_LEAST, Wording.SHARE_ONLY, 1, null).phrase())
			.isEqualTo("211/1.000 đồng chí, chiếm 21,1%");
		assertThat(Phrasing.ratio(369, 1000, new BigDecimal("40"), Direction.AT_LEAST, Wording.AGAINST_TARGET, 1, null)
			.phrase()).isEqualTo("369/1.000 đồng chí, đạt 36,9%, thấp hơn 3,1% so với chỉ tiêu");
		assertThat(Phrasing
			.count(369, new BigDecimal("1000"), Direction.AT_LEAST, Wording.AGAINST_TARGET, 1, "kết nạp", "đảng viên")
			.phrase()).isEqualTo("kết nạp 369 đảng viên, đạt 36,9% chỉ tiêu");
		assertThat(Phrasing
			.count(1305, new BigDecimal("1116"), Direction.AT_LEAST, Wording.AGAINST_PLAN, 2, "kết nạp", "đảng viên")
			.phrase()).isEqualTo("kết nạp 1.305 đảng viên, vượt 16,94% kế hoạch");
		assertThat(Phrasing.pct(new BigDecimal("21.0"), 1)).isEqualTo("21%");
		assertThat(Phrasing.pct(new BigDecimal("21.15"), 1)).isEqualTo("21,2%");
	}

}
