/**
 * Thống kê, báo cáo — the statistics engine (issue #5).
 *
 * <p>
 * API for other modules (targets, summary report, dashboard):
 * <ul>
 * <li>{@link vn.canbo.reports.Population} (saved in report_population, edited at
 * /reports/populations) and {@link vn.canbo.reports.Populations} (list, get, findByCode,
 * save, delete);</li>
 * <li>{@link vn.canbo.reports.StatisticsService}: {@code pivot}, {@code layout},
 * {@code count}, {@code averageAge}, {@code persons} (drill-down), {@code percent} —
 * always within a {@code Scope};</li>
 * <li>{@link vn.canbo.reports.StatisticsTable} (rows × columns, percentages, totals,
 * drill-down parameters), {@link vn.canbo.reports.Layout} /
 * {@link vn.canbo.reports.Layouts} (standard forms as data, report_layout);</li>
 * <li>{@link vn.canbo.reports.FigureProvider} SPI, {@link vn.canbo.reports.Figures},
 * {@link vn.canbo.reports.Figure}: named figures contributed by modules (built-in:
 * PEOPLE_* in PeopleFigures), and {@link vn.canbo.reports.FigureUnits}: the units a
 * provider counting its own rows counts in (the roots checked against the scope);</li>
 * <li>{@link vn.canbo.reports.TableExports}: xlsx, PDF of a table, PDF of any XHTML with
 * the embedded Noto Sans font;</li>
 * <li>{@link vn.canbo.reports.Dashboard} and the
 * {@link vn.canbo.reports.DashboardTargets} hook for targets;</li>
 * <li>the summary report (báo cáo sơ kết, tổng kết):
 * {@link vn.canbo.reports.SummaryReport} (paragraphs from the administrator-editable
 * {@link vn.canbo.reports.ParagraphTemplates}, Thymeleaf TEXT, table
 * report_paragraph_template), {@link vn.canbo.reports.SummaryExports} (DOCX, PDF in the
 * NĐ 30/2020 layout) and the {@link vn.canbo.reports.SummarySection} SPI through which
 * targets adds the indicator sentences.</li>
 * </ul>
 * Counting itself is SQL built here ({@code PersonCounts} runs it, on the read replica
 * when configured; {@code CountSql} writes it, {@code Dimension} names what is counted
 * by) over the people module's published read view {@code person_fact} (plus
 * {@code person_position} and {@code person} for positions held and the drill-down). The
 * retirement cut-off of the civil-service age bands is
 * {@link vn.canbo.rules.Retirement}'s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
		allowedDependencies = { "audit", "catalog", "org", "people::api", "rules", "shared" })
package vn.canbo.reports;
