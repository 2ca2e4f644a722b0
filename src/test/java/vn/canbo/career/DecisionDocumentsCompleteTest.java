package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.people.Gender;
import vn.canbo.shared.PartialDate;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.security.CanboUser;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;

/**
 * Issue 20, point 3: the document of a decision of every {@link DecisionType}, issued
 * with what the draft records (proposer or none, TM./KT./both/none, signer title,
 * recipients with repeats), is complete in the NĐ 30/2020 layout: no placeholder left, no
 * empty clause, no doubled line, the place and date, ông/bà by gender, the effective-date
 * clause, the signing lines.
 */
@SpringBootTest
@Transactional
class DecisionDocumentsCompleteTest {

	static final LocalDate SIGNED = LocalDate.of(2026, 1, 5);

	static final LocalDate LATER = LocalDate.of(2026, 2, 1);

	@Autowired
	CareerFixture fx;

	@Autowired
	DecisionService decisions;

	@Autowired
	DecisionDocuments documents;

	@Autowired
	PersonService people;

	@AfterEach
	void nobody() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyTypesDocumentIsCompleteAndFitToSign() throws Exception {
		CareerFixture.Tree t = fx.tree();
		String place = t.province().name().substring("Tỉnh ".length());
		List<String> failures = new ArrayList<>();
		for (DecisionType type : DecisionType.values()) {
			int i = type.ordinal();
			Gender g = i % 2 == 0 ? Gender.FEMALE : Gender.MALE;
			String name = (g == Gender.FEMALE ? "Lê Thị " : "Lê Văn ") + letters(CareerFixture.key());
			PersonCategory category = type == DecisionType.SALARY_STEP_REGULAR || type == DecisionType.RANK_CHANGE
					|| type == DecisionType.SALARY_STEP_EARLY ? PersonCategory.CIVIL_SERVANT : PersonCategory.CADRE;
			long person = fx.person(name, g,
					PartialDate.of(LocalDate.of(type.timeLimited() ? 1990 : 1968 + i % 12, 1 + i % 12, 1 + i)),
					category, t.a().id(), i % 3 == 0 ? "PHO_CHU_TICH_UBND" : "CHUYEN_VIEN", 3,
					LocalDate.of(2022, 1, 1));
			// every other type takes effect on the signing day ("kể từ ngày ký")
			LocalDate effective = i % 2 == 0 ? LATER : SIGNED;
			DecisionSigning.Authority authority = List
				.of(DecisionSigning.Authority.TM, DecisionSigning.Authority.KT, DecisionSigning.Authority.TM_KT)
				.get(i % 3);
			boolean deputy = authority != DecisionSigning.Authority.TM;
			String proposer = i % 4 == 1 ? null : "Trưởng phòng Nội vụ";
			DecisionSigning signing = new DecisionSigning(null, proposer, authority,
					deputy ? "Phó Chủ tịch" : "Chủ tịch",
					List.of("Sở Nội vụ;", "- Như Điều 3;", "Sở Nội vụ", "Lưu: VT, NV.", "Ban Tổ chức Tỉnh ủy"));
			Decision d;
			try {
				d = issue(type, person, t, effective, signing);
			}
			catch (RuntimeException e) {
				failures.add(type + ": not issued: " + e.getMessage());
				continue;
			}
			String text = text(documents.document(d.id(), person, DocumentFormat.DOCX, Scope.all()));
			Files.createDirectories(Path.of("target/documents"));
			Files.writeString(Path.of("target/documents/" + type + ".txt"), text);
			if (type == DecisionType.APPOINTMENT) {
				// the PDF the page offers, kept to be looked at
				byte[] pdf = documents.document(d.id(), person, DocumentFormat.PDF, Scope.all());
				Files.write(Path.of("target/documents/" + type + ".pdf"), pdf);
				try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
					assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(name,
							"KT. CHỦ TỊCH");
					javax.imageio.ImageIO.write(
							new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 80), "png",
							Path.of("target/documents/" + type + ".png").toFile());
				}
			}
			String honorific = g == Gender.FEMALE ? "bà " : "ông ";
			List<String> problems = new ArrayList<>();
			check(problems, !text.contains("{{") && !text.contains("}}") && !text.contains("${"), "placeholder left");
			check(problems, !text.contains("(bà)") && !text.contains("(ông)"), "ông (bà)");
			for (String empty : List.of("của .", "hệ số .", "hệ số ,", "()", ", ,", " ,", "bậc null", "null",
					"Xét đề nghị của .", "kể từ ngày .", "ngày  tháng")) {
				check(problems, !text.contains(empty), "empty clause '" + empty + "'");
			}
			check(problems, !Pattern.compile("(?m)^\\s*, ngày").matcher(text).find(), "date line without place");
			check(problems, count(text, "Như Điều 3") == 1, "Như Điều 3 not once");
			check(problems, count(text, "Lưu: VT") == 1 && text.contains("Lưu: VT, NV."), "Lưu: VT not once, NV");
			check(problems, count(text, "- Sở Nội vụ;") == 1, "recipient not once");
			check(problems, text.contains("- Ban Tổ chức Tỉnh ủy;"), "recipient missing");
			check(problems, text.contains(place + ", ngày 05 tháng 01 năm 2026"), "place and date line");
			check(problems, text.contains(honorific + name), "ông/bà by gender");
			check(problems, !text.contains((g == Gender.FEMALE ? "ông " : "bà ") + name), "wrong honorific");
			check(problems,
					text.contains("Quyết định này có hiệu lực "
							+ (effective.equals(SIGNED) ? "kể từ ngày ký." : "kể từ ngày 01/02/2026.")),
					"effective-date clause");
			check(problems,
					text.contains("Chánh Văn phòng UBND xã An") || text.contains("Chánh Văn phòng Ủy ban nhân dân"),
					"executors");
			check(problems, text.contains("Thủ trưởng các cơ quan, đơn vị có liên quan và " + honorific + name
					+ " chịu trách nhiệm thi hành Quyết định này./."), "Điều 3 sentence");
			check(problems, proposer == null ? !text.contains("Xét đề nghị")
					: text.contains("Xét đề nghị của Trưởng phòng Nội vụ."), "proposer clause");
			check(problems, authority == DecisionSigning.Authority.KT ? !text.contains("TM. ")
					: text.contains("TM. ỦY BAN NHÂN DÂN"), "TM. line");
			check(problems, deputy ? text.contains("KT. CHỦ TỊCH") && text.contains("PHÓ CHỦ TỊCH")
					: !text.contains("KT. ") && text.contains("CHỦ TỊCH"), "KT. line and signer title");
			check(problems, text.contains("Nguyễn Văn Ký"), "signer name");
			check(problems,
					text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && text.contains("Độc lập - Tự do - Hạnh phúc"),
					"national heading");
			check(problems, text.contains("Số: " + d.number()), "number");
			check(problems, text.contains("Điều 1. ") && text.contains("Điều 2. ") && text.contains("Điều 3. "),
					"articles");
			if (type == DecisionType.APPOINTMENT) {
				check(problems, text.contains("phụ cấp chức vụ hệ số 0,50"), "allowance coefficient");
			}
			else {
				check(problems, !text.contains("phụ cấp chức vụ"), "allowance without a coefficient");
			}
			if (!problems.isEmpty()) {
				failures.add(type + ": " + problems + "\n" + text);
			}
		}
		assertThat(failures).isEmpty();
	}

	private Decision issue(DecisionType type, long person, CareerFixture.Tree t, LocalDate effective,
			DecisionSigning signing) {
		Scope all = Scope.all();
		LocalDate before = effective.minusDays(1);
		long position = people.get(person, before, all).mainPosition().id();
		DecisionSubject s = switch (type.effect()) {
			case OPEN, RECORD -> {
				DecisionSubject p = DecisionSubject.post(person, t.b().id(),
						type == DecisionType.APPOINTMENT ? "CHU_TICH_UBND" : "PHO_CHU_TICH_UBND", null);
				yield type == DecisionType.APPOINTMENT ? withAllowance(p, new BigDecimal("0.5")) : p;
			}
			case RENEW, CLOSE_ONE -> DecisionSubject.ofPosition(person, position);
			case SALARY -> type == DecisionType.RANK_CHANGE ? DecisionSubject.salary(person, "01.002", 1)
					: DecisionSubject.salary(person, "01.003", 4);
			case CLOSE_ALL -> DecisionSubject.person(person);
			case UNDO, AMEND -> DecisionSubject.post(person, t.b().id(), "CHUYEN_VIEN", null);
		};
		Long target = null;
		if (type == DecisionType.REVOCATION || type == DecisionType.AMENDMENT) {
			target = run("drafter", "issuer", null, CareerFixture.draft(DecisionType.TRANSFER, effective,
					DecisionSubject.post(person, t.b().id(), "CHUYEN_VIEN", null)))
				.id();
		}
		DecisionDraft draft = CareerFixture
			.draft(type, effective,
					type == DecisionType.REVOCATION ? new DecisionSubject[0] : new DecisionSubject[] { s })
			.withTarget(target)
			.withSigning(signing);
		draft = new DecisionDraft(draft.type(), draft.number(), draft.signedOn(),
				type.ordinal() % 2 == 0 ? t.a().name() : "UBND xã An", "Nguyễn Văn Ký", draft.effectiveOn(),
				type.timeLimited() ? effective.plusYears(3) : null, null, target, null, draft.subjects(), signing);
		return run("drafter", "issuer", "approver", draft);
	}

	private Decision run(String drafter, String issuer, String approver, DecisionDraft draft) {
		as(drafter);
		Decision d = decisions.create(draft, Scope.all());
		if (approver != null && Set.of(DecisionType.REMOVAL, DecisionType.STAFF_REDUCTION).contains(draft.type())) {
			as(approver);
			decisions.approve(d.id(), Scope.all());
		}
		as(issuer);
		return decisions.issue(d.id(), "Đã cân nhắc các cảnh báo", Scope.all());
	}

	private static void as(String username) {
		CanboUser u = new CanboUser(-1000 - username.length(), username, "{noop}x", username, Role.ADMIN, Set.of(),
				true);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
	}

	private static DecisionSubject withAllowance(DecisionSubject s, BigDecimal allowance) {
		return new DecisionSubject(s.id(), s.personId(), s.personName(), s.homeUnitId(), s.unitId(), s.titleCode(),
				s.titleText(), s.concurrent(), s.partyPost(), s.positionId(), s.higherPost(), s.rankCode(), s.step(),
				s.coefficient(), allowance, s.seniorityPct(), s.incompleteYears(), s.returnOn(), s.probationMonths(),
				s.note());
	}

	/** A unique name part of letters only ("Bcdaf…"). */
	private static String letters(String key) {
		StringBuilder b = new StringBuilder();
		for (char c : key.toCharArray()) {
			b.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return Character.toUpperCase(b.charAt(0)) + b.substring(1);
	}

	private static void check(List<String> problems, boolean ok, String what) {
		if (!ok) {
			problems.add(what);
		}
	}

	private static int count(String text, String what) {
		Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	static String text(byte[] docx) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
			return x.getText();
		}
	}

}
