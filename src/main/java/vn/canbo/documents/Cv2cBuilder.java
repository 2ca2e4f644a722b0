package vn.canbo.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.documents.CvModel.Block;
import vn.canbo.documents.CvModel.Field;
import vn.canbo.documents.CvModel.Heading;
import vn.canbo.documents.CvModel.Item;
import vn.canbo.documents.CvModel.Lines;
import vn.canbo.documents.CvModel.Signature;
import vn.canbo.documents.CvModel.Table;
import vn.canbo.people.Award;
import vn.canbo.people.Discipline;
import vn.canbo.people.FamilySide;
import vn.canbo.people.HistoryNoteKind;
import vn.canbo.people.PersonView;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Salary;
import vn.canbo.people.Training;
import static vn.canbo.documents.CvFormats.*;

/** Mẫu 2C-BNV/2008 (QĐ 02/2008/QĐ-BNV), items 1–32. */
final class Cv2cBuilder extends CvPieces {

	Cv2cBuilder(Catalogs catalogs, PersonView v, boolean sensitive, List<Training> courses) {
		super(catalogs, v, sensitive, courses);
	}

	CvModel model(String managing, String using, Signature sign, String name, String file) {
		List<Field> header = List.of(new Field("Cơ quan, đơn vị có thẩm quyền quản lý CBCC", managing),
				new Field("Cơ quan, đơn vị sử dụng CBCC", using),
				new Field("Số hiệu cán bộ, công chức", nz(d.civilServantNo())));
		List<Block> all = blocks();
		return new CvModel(CvLayout.BNV_2008, "Mẫu 2C-BNV/2008",
				"Ban hành kèm theo Quyết định số 02/2008/QĐ-BNV ngày 06/10/2008 của Bộ trưởng Bộ Nội vụ", header,
				"SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", all.subList(0, 7), all.subList(7, all.size()), sign, name, file);
	}

	@Override
	List<Block> blocks() {
		List<Block> b = new ArrayList<>();
		b.add(Item.of("1)", "Họ và tên khai sinh (viết chữ in hoa)", upper(d.fullName())));
		b.add(Item.of("2)", "Tên gọi khác", nz(d.otherNames())));
		b.add(new Item("3)", List.of(new Field("Sinh ngày", birthDayMonthYear()),
				new Field("Giới tính (nam, nữ)", d.gender() == null ? "" : d.gender().label()))));
		b.add(Item.of("4)", "Nơi sinh", place(d.birthplace())));
		b.add(Item.of("5)", "Quê quán", place(d.homeTown())));
		b.add(new Item("6)", List.of(new Field("Dân tộc", sens(cat(CatalogType.ETHNICITY, d.ethnicityCode()))),
				new Field("7) Tôn giáo", sens(cat(CatalogType.RELIGION, d.religionCode()))))));
		b.add(Item.of("8)", "Nơi đăng ký hộ khẩu thường trú", nz(d.permanentAddress())));
		// ---- below the photo
		b.add(Item.of("9)", "Nơi ở hiện nay", nz(d.currentAddress())));
		b.add(Item.of("10)", "Nghề nghiệp khi được tuyển dụng", nz(d.occupationBeforeRecruitment())));
		b.add(new Item("11)", List.of(new Field("Ngày tuyển dụng", pd(d.recruitedOn())),
				new Field("Cơ quan tuyển dụng", nz(d.recruitingAgency())))));
		b.add(Item.of("12)", "Chức vụ (chức danh) hiện tại", currentPositions(false)));
		b.add(Item.of("13)", "Công việc chính được giao", nz(d.mainDuties())));
		Salary s = v.currentSalary();
		b.add(new Item("14)",
				List.of(new Field("Ngạch công chức (viên chức)", s == null ? "" : cat(CatalogType.RANK, s.rankCode())),
						new Field("Mã ngạch", s == null ? "" : nz(s.rankCode())))));
		b.add(new Item("",
				List.of(new Field("Bậc lương", s == null || s.step() == null ? "" : String.valueOf(s.step())),
						new Field("Hệ số", s == null ? "" : num(s.coefficient())),
						new Field("Ngày hưởng", s == null ? "" : dmy(s.validFrom())))));
		b.add(new Item("", List.of(new Field("Phụ cấp chức vụ", s == null ? "" : num(s.positionAllowance())),
				new Field("Phụ cấp khác", s == null ? "" : nz(s.otherAllowances())))));
		b.add(new Item("15)",
				List.of(new Field("15.1- Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào)",
						generalEducation()))));
		b.add(Item.of("", "15.2- Trình độ chuyên môn cao nhất", highest(QualificationKind.PROFESSIONAL)));
		b.add(new Item("", List.of(new Field("15.3- Lý luận chính trị", highest(QualificationKind.POLITICAL_THEORY)),
				new Field("15.4- Quản lý nhà nước", highest(QualificationKind.STATE_MANAGEMENT)))));
		b.add(new Item("", List.of(new Field("15.5- Ngoại ngữ", languages()),
				new Field("15.6- Tin học", highest(QualificationKind.IT)))));
		b.add(new Item("16)", List.of(new Field("Ngày vào Đảng Cộng sản Việt Nam", dmy(d.partyJoinedOn())),
				new Field("Ngày chính thức", dmy(d.partyOfficialOn())))));
		b.add(Item.of("17)", "Ngày tham gia tổ chức chính trị - xã hội", massOrgs()));
		b.add(new Item("18)",
				List.of(new Field("Ngày nhập ngũ", dmy(d.militaryEnlistedOn())),
						new Field("Ngày xuất ngũ", dmy(d.militaryDischargedOn())),
						new Field("Quân hàm cao nhất", cat(CatalogType.MILITARY_RANK, d.militaryRankCode())))));
		b.add(Item.of("19)", "Danh hiệu được phong tặng cao nhất", honoraryTitle()));
		b.add(Item.of("20)", "Sở trường công tác", nz(d.strengths())));
		b.add(Item.of("21)", "Khen thưởng", highestAward()));
		b.add(Item.of("22)", "Kỷ luật", highestDiscipline()));
		b.add(new Item("23)",
				List.of(new Field("Tình trạng sức khỏe", sens(d.healthStatus())),
						new Field("Chiều cao", sens(d.heightCm() == null ? "" : d.heightCm() + " cm")),
						new Field("Cân nặng", sens(d.weightKg() == null ? "" : num(d.weightKg()) + " kg")),
						new Field("Nhóm máu", sens(cat(CatalogType.BLOOD_GROUP, d.bloodGroupCode()))))));
		b.add(new Item("24)", List.of(new Field("Là thương binh hạng", nz(d.warInvalidGrade())),
				new Field("Là con gia đình chính sách", cat(CatalogType.POLICY_GROUP, d.policyGroupCode())))));
		b.add(new Item("25)", List.of(new Field("Số chứng minh nhân dân (căn cước công dân)", nationalId()),
				new Field("Ngày cấp", dmy(d.nationalIdIssuedOn())))));
		b.add(Item.of("26)", "Số sổ BHXH", nz(d.socialInsuranceNo())));
		b.add(new Heading("27)", "ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC",
				null));
		b.add(trainingTable(trainings(null)));
		b.add(new Heading("28)", "TÓM TẮT QUÁ TRÌNH CÔNG TÁC", null));
		b.add(new Table(List.of("Từ tháng, năm đến tháng, năm",
				"Chức danh, chức vụ, đơn vị công tác (đảng, chính quyền, đoàn thể, tổ chức xã hội), kể cả thời gian được đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, …"),
				List.of(25, 75),
				orEmpty(workSummary().stream().map(r -> List.of(r.from() + " - " + r.to(), r.text())).toList(), 2),
				false));
		b.add(new Heading("29)", "ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN", null));
		b.add(historyLines(HistoryNoteKind.ARREST,
				"- Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu), đã khai báo cho ai, những vấn đề gì? Bản thân có làm việc trong chế độ cũ (cơ quan, đơn vị nào, địa điểm, chức danh, chức vụ, thời gian làm việc…)",
				HistoryNoteKind.FORMER_REGIME));
		b.add(historyLines(HistoryNoteKind.FOREIGN_RELATIONS,
				"- Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước ngoài (làm gì, tổ chức nào, đặt trụ sở ở đâu…?); có thân nhân (bố, mẹ, vợ, chồng, con, anh chị em ruột) ở nước ngoài (làm gì, địa chỉ…)?",
				null));
		b.add(new Heading("30)", "QUAN HỆ GIA ĐÌNH", null));
		b.add(new Heading("", "a) Về bản thân: Bố, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột", null));
		b.add(familyTable(FamilySide.SELF, false));
		b.add(new Heading("", "b) Về bên vợ (hoặc chồng): Bố, Mẹ, anh chị em ruột", null));
		b.add(familyTable(FamilySide.SPOUSE, false));
		b.add(new Heading("31)", "DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC", null));
		b.addAll(salaryProgression());
		b.add(new Heading("32)", "NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC", null));
		b.add(new Lines(List.of(), 4));
		return b;
	}

	String currentPositions(boolean partyOnly) {
		return joinPositions(v.currentPositions().stream().filter(p -> !partyOnly || p.partyPost()));
	}

	String languages() {
		return validQualifications(QualificationKind.FOREIGN_LANGUAGE).stream()
			.map(this::qualificationText)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining("; "));
	}

	String massOrgs() {
		List<String> parts = new ArrayList<>();
		if (d.youthUnionJoinedOn() != null && !d.youthUnionJoinedOn().isAfter(asOf)) {
			parts.add(dmy(d.youthUnionJoinedOn()) + " (Đoàn TNCS Hồ Chí Minh)");
		}
		v.massOrgs()
			.stream()
			.filter(m -> m.joinedOn() == null || !m.joinedOn().isAfter(asOf))
			.sorted(Comparator.comparing(m -> m.joinedOn() == null ? LocalDate.MIN : m.joinedOn()))
			.forEach(m -> parts.add(join(" ", dmy(m.joinedOn()), "(" + nz(m.organisation())
					+ (m.role() == null || m.role().isBlank() ? "" : ", " + m.role()) + ")")));
		return String.join("; ", parts);
	}

	String highestAward() {
		return awardsUntilAsOf().stream()
			// the award list runs from the highest distinction down: the highest is the
			// lowest sort order
			.max(Comparator.comparingInt((Award a) -> awardRank(a.formCode()))
				.thenComparing(a -> a.year() == null ? 0 : a.year()))
			.map(a -> join(", năm ", cat(CatalogType.AWARD_FORM, a.formCode()),
					a.year() == null ? "" : String.valueOf(a.year())))
			.orElse("");
	}

	int awardRank(String formCode) {
		int o = catalogs.order(CatalogType.AWARD_FORM, formCode);
		return o == Integer.MIN_VALUE ? Integer.MIN_VALUE : -o;
	}

	String highestDiscipline() {
		return disciplinesUntilAsOf().stream()
			.max(Comparator.comparingInt((Discipline x) -> catalogs.order(CatalogType.DISCIPLINE_FORM, x.formCode()))
				.thenComparing(this::start))
			.map(x -> join(", năm ", join(" ", cat(CatalogType.DISCIPLINE_FORM, x.formCode()), kindText(x)),
					String.valueOf(start(x).getYear())))
			.orElse("");
	}

	String kindText(Discipline x) {
		if (x.kind() == null) {
			return "";
		}
		return switch (x.kind()) {
			case PARTY -> "(kỷ luật Đảng)";
			case ADMINISTRATIVE -> "(kỷ luật chính quyền)";
			case MASS_ORG -> "(kỷ luật đoàn thể)";
		};
	}

	Table trainingTable(List<Training> ts) {
		return new Table(
				List.of("Tên trường", "Chuyên ngành đào tạo, bồi dưỡng", "Từ tháng, năm - đến tháng, năm",
						"Hình thức đào tạo", "Văn bằng, chứng chỉ, trình độ gì"),
				List.of(24, 22, 18, 16, 20),
				orEmpty(ts.stream()
					.map(t -> List.of(nz(t.school()), nz(t.major()), monthYear(t.from()) + " - " + monthYear(t.to()),
							cat(CatalogType.TRAINING_FORM, t.formCode()), trainingLevel(t)))
					.toList(), 5),
				false);
	}

	/**
	 * Item 31 of 2C, printed transposed: month/year, rank code/step, coefficient; 8
	 * changes per table.
	 */
	List<Block> salaryProgression() {
		List<Salary> all = salariesUntilAsOf();
		List<Block> out = new ArrayList<>();
		int per = 8;
		for (int i = 0; i == 0 || i < all.size(); i += per) {
			List<Salary> chunk = all.subList(Math.min(i, all.size()), Math.min(i + per, all.size()));
			List<String> when = new ArrayList<>(List.of("Tháng/năm"));
			List<String> rank = new ArrayList<>(List.of("Mã ngạch/bậc"));
			List<String> coef = new ArrayList<>(List.of("Hệ số lương"));
			for (Salary x : chunk) {
				when.add(my(x.validFrom()));
				rank.add(nz(x.rankCode()) + (x.step() == null ? "" : "/" + x.step()));
				coef.add(num(x.coefficient()));
			}
			while (when.size() < per + 1) {
				when.add("");
				rank.add("");
				coef.add("");
			}
			List<Integer> widths = new ArrayList<>(List.of(16));
			for (int k = 0; k < per; k++) {
				widths.add(84 / per);
			}
			out.add(new Table(null, widths, List.of(when, rank, coef), true));
		}
		return out;
	}

}
