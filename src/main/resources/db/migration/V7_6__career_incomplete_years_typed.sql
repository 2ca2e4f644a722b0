-- issue 15 (helper ev-effects): the number of years rated "không hoàn thành nhiệm vụ" typed on salary decisions is
-- no longer the source of the raise delay. The final annual ratings of the evaluation module are (career reads them
-- through rules.RatingFacts); the typed number is kept, unchanged, on every decision (career_decision_subject.incomplete_years; nothing is moved or lost) and
-- counts only for the years of the raise period that have no final rating, i.e. the years before the evaluation
-- module (rules.RaisePeriodRatings).
comment on column career_decision_subject.incomplete_years is
    'Số năm không hoàn thành nhiệm vụ nhập tay (trước khi có kết quả đánh giá): chỉ tính cho các năm trong kỳ nâng bậc chưa có kết quả đánh giá chính thức';
