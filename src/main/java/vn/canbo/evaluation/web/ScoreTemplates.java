package vn.canbo.evaluation.web;

import static vn.canbo.imports.ImportColumn.bool;
import static vn.canbo.imports.ImportColumn.choice;
import static vn.canbo.imports.ImportColumn.decimal;
import static vn.canbo.imports.ImportColumn.integer;
import static vn.canbo.imports.ImportColumn.text;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.Rating;
import vn.canbo.imports.ImportColumn;
import vn.canbo.imports.ImportTemplate;
import vn.canbo.imports.ImportTemplateProvider;
import vn.canbo.people.PersonLookup;
import vn.canbo.shared.EnumLabels;
import vn.canbo.shared.TemplateTexts;

/**
 * The EVALUATION_SCORES template (imports SPI): one row a person of a campaign — the
 * campaign's number, the person's national ID (CCCD), the score or its NĐ 335 parts, the
 * disqualifying flags, the task group and the rating. Rows are checked by the evaluation
 * API as a grid save would be ({@link ScoresHandler}); the commit saves them through the
 * same API, all or nothing. Headers and instructions are the Vietnamese texts of
 * {@code evaluation.template.*}: the file is matched by its headers on upload.
 */
@Component
class ScoreTemplates implements ImportTemplateProvider {

	static final String CODE = "EVALUATION_SCORES";

	private final Campaigns campaigns;

	private final PersonLookup lookup;

	ScoreTemplates(Campaigns campaigns, PersonLookup lookup) {
		this.campaigns = campaigns;
		this.lookup = lookup;
	}

	private static final TemplateTexts TEXTS = new TemplateTexts("evaluation.template");

	private static String vi(String key) {
		return TEXTS.text(key);
	}

	static Map<String, String> ratings() {
		return EnumLabels.of(Rating.values(), Rating::code, Rating::name);
	}

	static List<ImportColumn> columns() {
		return List.of(integer("campaignId", vi("campaignId"), vi("campaignId.help")).asRequired(),
				text("nationalId", vi("nationalId"), 12, vi("nationalId.help")).asRequired(),
				text("fullName", vi("fullName"), 100, vi("fullName.help")),
				decimal("commonScore", vi("commonScore"), vi("commonScore.help")),
				decimal("taskScore", vi("taskScore"), vi("taskScore.help")),
				decimal("score", vi("score"), vi("score.help")),
				bool("degradation", vi("degradation"), vi("flag.help")),
				bool("disciplined", vi("disciplined"), vi("flag.help")),
				bool("unitCorruption", vi("unitCorruption"), vi("flag.help")),
				text("taskGroup", vi("taskGroup"), 100, vi("taskGroup.help")),
				choice("rating", vi("rating"), ratings(), vi("rating.help")));
	}

	@Override
	public List<ImportTemplate> templates() {
		return List.of(new ImportTemplate(CODE, vi("title"), vi("sheet"), columns(), TEXTS.instructions(),
				new ScoresHandler(campaigns, lookup), 60, false, "evaluation.template.title"));
	}

}
