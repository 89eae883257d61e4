/**
 * Directive extraction rules of the fifth round: a participle's intro whose own phrase holds
 * commas, "ngay" before a time (an intro, not the manner word of a task), a business's pledge
 * told by its head when the business was given a task by name (an acronym counts as a name), and
 * a speaker's words that open on an intro ("… cho biết, về X, Bộ sẽ …").
 * Sentences written for these tests (not taken from any article).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../core/analyze";
import type { Directive } from "../../core/types";
import { addressees, article, kinds, run, texts } from "./directive-article";

/** The whole pipeline: the glossary's terms make acronyms ("EVN") parties. */
const analyzed = (...paragraphs: string[]): readonly Directive[] =>
  analyze(article(...paragraphs)).directives;

describe("a participle's intro with commas of its own", () => {
  it("finds the directive after the intro and gives the ordinal items that follow", () => {
    const list = run(
      "Thực hiện Kế hoạch số 12 của UBND tỉnh về phòng, chống hạn hán, xâm nhập mặn, Sở Nông nghiệp đề nghị UBND các huyện triển khai các việc sau:",
      "Thứ nhất, rà soát toàn bộ hệ thống kênh mương nội đồng trước ngày 15/4.",
      "Thứ hai, vận hành các trạm bơm theo lịch điều tiết nước.",
    );
    expect(texts(list).slice(1)).toEqual([
      "Thứ nhất, rà soát toàn bộ hệ thống kênh mương nội đồng trước ngày 15/4.",
      "Thứ hai, vận hành các trạm bơm theo lịch điều tiết nước.",
    ]);
    expect(list[0]?.issuer?.text).toBe("Sở Nông nghiệp");
    expect(list.map((d) => addressees(d))).toEqual(Array(3).fill(["UBND các huyện"]));
  });

  it("keeps a task whose list of bodies follows a comma a task of the directive in force", () => {
    const list = run(
      "Sở Công Thương yêu cầu các huyện bảo đảm an toàn cháy nổ tại các chợ.",
      "Phối hợp với các sở, ngành, UBND các xã kiểm tra các kho chứa hàng dễ cháy.",
    );
    expect(texts(list)).toEqual([
      "Sở Công Thương yêu cầu các huyện bảo đảm an toàn cháy nổ tại các chợ.",
      "Phối hợp với các sở, ngành, UBND các xã kiểm tra các kho chứa hàng dễ cháy.",
    ]);
    expect(addressees(list[1])).toEqual(["các huyện"]);
  });
});

describe("'ngay' before a time", () => {
  const FRAME = "Sở Công Thương yêu cầu các huyện tăng lượng hàng dự trữ.";

  it("reads 'Ngay trong …,' as a time: a past fact after it is no task", () => {
    expect(
      texts(
        run(FRAME, "Ngay trong chiều nay, các siêu thị đã đưa 30 tấn hàng về các xã vùng trũng."),
      ),
    ).toEqual([FRAME]);
  });

  it("still gives a task after the time, and 'ngay' as a manner word still opens one", () => {
    expect(
      texts(
        run(
          FRAME,
          "Ngay khi nước rút, rà soát các chợ và điểm bán hàng.",
          "Ngay lập tức kiểm tra các kho hàng bị ngập.",
        ),
      ),
    ).toEqual([
      FRAME,
      "Ngay khi nước rút, rà soát các chợ và điểm bán hàng.",
      "Ngay lập tức kiểm tra các kho hàng bị ngập.",
    ]);
  });
});

describe("a business's pledge told by its head", () => {
  const PLEDGE =
    "Tiếp thu chỉ đạo, Chủ tịch Hội đồng thành viên EVN Trần Văn Bình khẳng định, Tập đoàn cam kết huy động tối đa các nguồn điện.";

  it("is a commitment when the body was given a task by its acronym", () => {
    const list = analyzed("Bộ trưởng yêu cầu EVN bảo đảm cung ứng điện cho mùa khô.", PLEDGE);
    expect(addressees(list[0])).toEqual(["EVN"]);
    expect(kinds(list)[1]).toEqual(["commitment", PLEDGE]);
  });

  it("is no task when no business was given a task by name", () => {
    const list = analyzed(
      "Bộ trưởng yêu cầu các doanh nghiệp bảo đảm cung ứng điện cho mùa khô.",
      PLEDGE,
    );
    expect(texts(list)).toEqual([
      "Bộ trưởng yêu cầu các doanh nghiệp bảo đảm cung ứng điện cho mùa khô.",
    ]);
  });

  it("is no task when the head speaks of another business by its name", () => {
    const list = analyzed(
      "Bộ trưởng yêu cầu EVN bảo đảm cung ứng điện cho mùa khô.",
      "Chủ tịch Hội đồng thành viên EVN Trần Văn Bình khẳng định, Công ty Cổ phần Xi măng Hòa Bình cam kết giảm tiêu thụ điện giờ cao điểm.",
    );
    expect(texts(list)).toEqual(["Bộ trưởng yêu cầu EVN bảo đảm cung ứng điện cho mùa khô."]);
  });
});

describe("a speaker's words that open on an intro", () => {
  it("gives the body's pledge after the intro", () => {
    const said =
      "Thứ trưởng Bộ Công Thương Lê Minh cho biết, về quy hoạch mạng lưới kho xăng dầu, Bộ sẽ trình Chính phủ trong quý II.";
    expect(kinds(run(said))).toEqual([["commitment", said]]);
  });

  it("does so after a participle's intro too", () => {
    const said =
      "Trả lời chất vấn, Bộ trưởng Lê Minh cho biết, về giá điện, Bộ sẽ sửa đổi cơ chế điều chỉnh giá trong năm nay.";
    expect(kinds(run(said))).toEqual([["commitment", said]]);
  });

  it("gives nothing for a forecast, a fact or a bare task after the intro", () => {
    expect(
      run(
        "Ông Nguyễn Văn Dũng, chuyên gia kinh tế, cho biết, về lâu dài, giá xăng sẽ giảm.",
        "Thứ trưởng Lê Minh cho biết, về thị trường, giá thép đã tăng 5% so với tháng trước.",
      ),
    ).toEqual([]);
    const FRAME = "Sở Công Thương yêu cầu các huyện tăng lượng hàng dự trữ.";
    expect(
      texts(run(FRAME, "Giám đốc Sở cho biết, đối với các cửa hàng, tăng cường kiểm tra giá.")),
    ).toEqual([FRAME]);
  });
});
