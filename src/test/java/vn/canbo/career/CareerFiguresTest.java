package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.PersonService;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Population;
import vn.canbo.reports.SummaryReport;
import vn.canbo.shared.Scope;

/** CAREER_* figures through the reports engine, and the movement sentence of the summary report. */
@SpringBootTest
class CareerFiguresTest {

    @Autowired
    CareerFixture fx;
    @Autowired
    DecisionService decisions;
    @Autowired
    PersonService people;
    @Autowired
    Figures figures;
    @Autowired
    SummaryReport summaries;

    private void issue(DecisionDraft d) {
        decisions.issue(decisions.create(d, Scope.all()).id(), "Kiểm thử", Scope.all());
    }

    private Figure fig(String code, Scope scope, long root) {
        return figures.compute(code, new FigureRequest(Population.adHoc(root, null, null, LocalDate.of(2025, 6, 30)),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), scope)).orElseThrow();
    }

    @Test
    void movementCountsAsFiguresAndInTheSummary() {
        CareerFixture.Tree t = fx.tree();
        long p1 = fx.person("Âu Văn Một", t.a().id());
        long p2 = fx.person("Âu Văn Hai", t.a().id());
        long p3 = fx.person("Âu Văn Ba", t.b().id());
        issue(CareerFixture.draft(DecisionType.TRANSFER, LocalDate.of(2025, 2, 1),
                DecisionSubject.post(p1, t.b().id(), "CHUYEN_VIEN", null), DecisionSubject.post(p2, t.b().id(), "CHUYEN_VIEN", null)));
        issue(CareerFixture.draft(DecisionType.TRANSFER, LocalDate.of(2025, 5, 1),
                DecisionSubject.post(p1, t.a().id(), "CHUYEN_VIEN", null)));
        issue(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2025, 6, 1),
                DecisionSubject.post(p3, t.b().id(), "PHO_CHU_TICH_UBND", null).withHigherPost(false)));
        Scope province = Scope.of(t.province().id());
        assertThat(fig("CAREER_TRANSFER", province, t.province().id()).count()).isEqualTo(3);
        assertThat(fig("CAREER_TRANSFER_PERSONS", province, t.province().id()).count()).isEqualTo(2);
        assertThat(fig("CAREER_APPOINTMENT", province, t.province().id()).count()).isEqualTo(1);
        assertThat(fig("CAREER_MOVEMENTS", province, t.province().id()).count()).isEqualTo(4);
        assertThat(fig("CAREER_TRANSFER", province, t.province().id()).drillDown())
                .isEqualTo("/career/decisions?type=TRANSFER&status=ISSUED&from=2025-01-01&to=2025-06-30");
        // another scope sees none of them
        Scope other = Scope.of(fx.tree().province().id());
        assertThat(fig("CAREER_TRANSFER", other, other.rootUnitIds().iterator().next()).count()).isZero();

        SummaryReport.Summary s = summaries.build(province, t.province().id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                null, null, null, null);
        String text = s.paragraphs().stream().map(SummaryReport.Paragraph::text).collect(Collectors.joining("\n"));
        assertThat(text).contains("Từ ngày 01/01/2025 đến ngày 30/06/2025, đã thực hiện điều động 3, bổ nhiệm 1 lượt.");
        assertThat(s.paragraphs().stream().flatMap(p -> p.segments().stream()).filter(g -> "3".equals(g.text())
                && g.link() != null && g.link().startsWith("/career/decisions?type=TRANSFER")).count()).isEqualTo(1);
    }
}
