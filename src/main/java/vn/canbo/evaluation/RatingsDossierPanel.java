package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.people.DossierPanel;
import vn.canbo.people.PersonView;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * The person's final ratings on the dossier page (a fact of the dossier; issue 15): one
 * row per final individual or party-member rating whose period began by the date shown,
 * newest first — year, period, campaign, score, rating (as corrected). The person is
 * already in the user's scope (the dossier page checked it).
 */
@Component
@Order(100)
class RatingsDossierPanel implements DossierPanel {

	private final JdbcClient jdbc;

	RatingsDossierPanel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Table> panel(PersonView person, LocalDate asOf) {
		List<List<String>> rows = jdbc.sql("""
				select extract(year from c.period_to)::int as y, c.period_kind, c.period_from, c.period_to, c.name,
				       s.score, s.rating
				  from evaluation_subject s
				  join evaluation_campaign c on c.id = s.campaign_id
				 where s.person_id = :person and s.final_rating and s.rating is not null
				   and c.kind <> 'COLLECTIVE' and c.period_from <= :asOf
				 order by c.period_to desc, c.id desc
				""").param("person", person.id()).param("asOf", asOf).query((rs, i) -> {
			BigDecimal score = rs.getBigDecimal("score");
			Rating r = Rating.valueOf(rs.getString("rating"));
			PeriodKind k = PeriodKind.valueOf(rs.getString("period_kind"));
			return List.of(String.valueOf(rs.getInt("y")),
					k.label() + " (" + Formats.date(rs.getObject("period_from", LocalDate.class)) + " – "
							+ Formats.date(rs.getObject("period_to", LocalDate.class)) + ")",
					rs.getString("name"), score == null ? "" : Formats.number(score),
					r.label() + " (" + r.code() + ")");
		}).list();
		return Optional.of(new Table("ratings", Messages.text("evaluation.dossier.title"),
				List.of(Messages.text("evaluation.dossier.year"), Messages.text("evaluation.dossier.period"),
						Messages.text("evaluation.dossier.campaign"), Messages.text("evaluation.dossier.score"),
						Messages.text("evaluation.dossier.rating")),
				rows, Messages.text("evaluation.dossier.none")));
	}

}
