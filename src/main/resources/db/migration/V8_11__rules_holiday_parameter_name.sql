-- rules module (issue 13, point 6): Tết, Giỗ Tổ, the second Quốc khánh day and the swaps of each year are now in
-- the holiday calendar of the year (rule_holiday, page /rules/holidays/{year}); calendar.holidays keeps the days
-- added to it for every year.
update rule_parameter
set name = 'Ngày nghỉ cố định thêm vào lịch nghỉ của mọi năm (MM-dd, hoặc yyyy-MM-dd); Tết, Giỗ Tổ, ngày liền kề Quốc khánh, ngày hoán đổi và làm bù ghi ở Lịch nghỉ lễ, Tết theo năm (/rules/holidays)'
where key = 'calendar.holidays';
