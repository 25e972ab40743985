/**
 * School contests (hội thi, cuộc thi): a call for entries tied to a contest activity, the school
 * directory, public registration without an account, attachments checked by content, blind judging
 * against a weighted rubric, and the results. Promises: an entry is stored once however often a
 * submission is retried, a school never passes its limit per category even when two teachers submit
 * at the same moment, and nothing is accepted after the closing time by the server's clock.
 */
package vn.loaxanh.contests;
