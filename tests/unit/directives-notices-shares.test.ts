/**
 * Directive extraction rules of the sixth round: an authority's announced points under numbered
 * sections (a notice of conclusions), a rule that allows an act only on a condition ("Chỉ …"),
 * officers of a society ("hội") carry no authority, a share as a quantifier ("90% cửa hàng"), a
 * deadline put first ("Chậm nhất …,"), a short lead inside a speaker's words ("Theo ông X, thời
 * gian tới, …"), bodies named by their function ("Cơ quan điều tra"), tasks of a reported
 * document for a body other than its publisher, the joint agreement of the sides of a meeting,
 * a quotation running over several sentences, and goods listed after a business's activity.
 * Sentences written for these tests (not taken from any article).
 */
import { describe, expect, it } from "vitest";
import { addressees, issuers, kinds, run, texts } from "./directive-article";

const ANNOUNCED =
  "Sau khi nghe các sở báo cáo, Phó Chủ tịch tỉnh Lê Văn Hòa kết luận một số nội dung sau.";

describe("an authority's points under numbered sections", () => {
  it("gives each numbered section's tasks to the announcing authority", () => {
    const list = run(
      ANNOUNCED,
      "## 1. Về tình hình giải ngân",
      "Một số huyện kiến nghị tỉnh sớm bổ sung vốn cho các công trình thủy lợi.",
      "## 2. Về nhiệm vụ thời gian tới",
      "Đề nghị Sở Tài chính cân đối nguồn vốn cho các dự án chuyển tiếp.",
      "Sở Xây dựng chủ trì, phối hợp với các huyện rà soát thiết kế các tuyến đường liên xã.",
    );
    expect(texts(list)).toEqual([
      "Đề nghị Sở Tài chính cân đối nguồn vốn cho các dự án chuyển tiếp.",
      "Sở Xây dựng chủ trì, phối hợp với các huyện rà soát thiết kế các tuyến đường liên xã.",
    ]);
    expect(issuers(list)).toEqual(["Phó Chủ tịch tỉnh Lê Văn Hòa", "Phó Chủ tịch tỉnh Lê Văn Hòa"]);
  });

  it("gives nothing without the announcement, or after a heading that is not numbered", () => {
    expect(
      run("## 2. Về nhiệm vụ", "Đề nghị Sở Tài chính cân đối nguồn vốn cho các dự án chuyển tiếp."),
    ).toEqual([]);
    expect(
      run(
        ANNOUNCED,
        "## Ý kiến doanh nghiệp",
        "Đề nghị Sở Tài chính cân đối nguồn vốn cho các dự án chuyển tiếp.",
      ),
    ).toEqual([]);
  });

  it("does not take a past conclusion for an announcement", () => {
    expect(
      run(
        "Phó Chủ tịch tỉnh Lê Văn Hòa đã kết luận về việc này từ năm trước.",
        "## 1. Về nhiệm vụ",
        "Đề nghị Sở Tài chính cân đối nguồn vốn cho các dự án chuyển tiếp.",
      ),
    ).toEqual([]);
  });
});

describe("a rule that allows an act only on a condition", () => {
  it("reads 'Chỉ <task> … khi …' as a task of the directive in force", () => {
    const list = run(
      ANNOUNCED,
      "## 1. Về khai thác khoáng sản",
      "Chỉ cấp phép khai thác cát khi đã có đánh giá tác động đến bờ sông.",
    );
    expect(texts(list)).toEqual([
      "Chỉ cấp phép khai thác cát khi đã có đánh giá tác động đến bờ sông.",
    ]);
  });

  it("leaves 'Chỉ' before a noun, and any 'Chỉ …' with no directive in force", () => {
    expect(
      run(
        ANNOUNCED,
        "## 1. Về giá cả",
        "Chỉ số giá tiêu dùng tháng 2 tăng 0,8% so với tháng trước.",
      ),
    ).toEqual([]);
    expect(run("Chỉ cấp phép khai thác cát khi đã có đánh giá tác động đến bờ sông.")).toEqual([]);
  });
});

describe("officers of a society", () => {
  it("reads a society officer's 'nên' as an opinion", () => {
    expect(
      run(
        "Ông Nguyễn Văn Bình, Phó Chủ tịch một hội doanh nghiệp trẻ cấp tỉnh, cho rằng thủ tục còn rườm rà. Theo ông, các sở nên công khai thời hạn giải quyết hồ sơ.",
      ),
    ).toEqual([]);
  });

  it("keeps the authority of a council's chairman ('Hội đồng' is no society)", () => {
    const list = run(
      "Chủ tịch Hội đồng nhân dân tỉnh Trần Văn Nam yêu cầu các sở báo cáo tiến độ giải ngân trước ngày 20/4.",
    );
    expect(list).toHaveLength(1);
  });
});

describe("a share as a quantifier, a deadline put first", () => {
  const LEAD =
    "Giám đốc Sở Công Thương Hoàng Minh Tâm yêu cầu các thương nhân chấp hành nghiêm quy định về niêm yết giá.";

  it("reads '90% cửa hàng … phải' after a deadline as an obligation", () => {
    const list = run(
      `${LEAD} Chậm nhất đến ngày 30/6, 90% cửa hàng trên địa bàn phải lắp đặt camera giám sát.`,
    );
    expect(texts(list)[1]).toBe(
      "Chậm nhất đến ngày 30/6, 90% cửa hàng trên địa bàn phải lắp đặt camera giám sát.",
    );
    expect(addressees(list[1])).toEqual(["90% cửa hàng trên địa bàn"]);
  });

  it("leaves a share in a reported fact, and shop owners who raise a problem", () => {
    expect(texts(run(`${LEAD} Đến nay, 90% cửa hàng đã lắp đặt camera giám sát.`))).toEqual([LEAD]);
    expect(
      texts(
        run(
          `${LEAD} Tại buổi làm việc, một số chủ cửa hàng phản ánh giá thuê mặt bằng còn cao và kiến nghị Sở hỗ trợ.`,
        ),
      ),
    ).toEqual([LEAD]);
  });
});

describe("a short lead inside a speaker's words", () => {
  it("reads the pledge after 'Theo <person>, <time>,'", () => {
    const list = run(
      "Giám đốc Sở Công Thương Hoàng Minh Tâm chủ trì buổi làm việc.",
      "Theo ông Tâm, thời gian tới, Sở Công Thương sẽ mở thêm các lớp tập huấn cho thương nhân.",
    );
    expect(kinds(list)).toEqual([
      [
        "commitment",
        "Theo ông Tâm, thời gian tới, Sở Công Thương sẽ mở thêm các lớp tập huấn cho thương nhân.",
      ],
    ]);
  });

  it("does not read past a long lead, which is a clause of its own", () => {
    expect(
      run(
        "Giám đốc Sở Công Thương Hoàng Minh Tâm chủ trì buổi làm việc.",
        "Theo ông Tâm, sức mua trong các tháng cuối năm thường tăng mạnh, Sở Công Thương sẽ mở thêm các lớp tập huấn.",
      ),
    ).toEqual([]);
  });
});

describe("a body named by its function", () => {
  it("reads 'Cơ quan điều tra đề nghị …' as the body's request", () => {
    const list = run(
      "Cơ quan điều tra đề nghị các bên liên quan cung cấp số liệu nhập khẩu trước ngày 10/5.",
    );
    expect(issuers(list)).toEqual(["Cơ quan điều tra"]);
    expect(addressees(list[0])).toEqual(["các bên liên quan"]);
  });

  it("keeps the task verb as the action when no verb of the body follows", () => {
    const list = run(
      "Thủ tướng yêu cầu các bộ, ngành tăng cường chống buôn lậu.",
      "Cơ quan hải quan kiểm tra chặt chẽ hàng hóa nhập khẩu qua các cửa khẩu.",
    );
    expect(addressees(list[1])).toEqual(["Cơ quan hải quan"]);
  });
});

describe("a reported document's tasks for another body", () => {
  const ISSUED =
    "Bộ Tài chính vừa ban hành Quyết định số 10/QĐ-BTC về việc hoàn thuế giá trị gia tăng.";

  it("gives the document's task for another body as the publisher's directive", () => {
    const list = run(
      `${ISSUED} Theo Quyết định, Cục Thuế có trách nhiệm hướng dẫn doanh nghiệp lập hồ sơ.`,
    );
    expect(kinds(list)).toEqual([
      ["directive", "Theo Quyết định, Cục Thuế có trách nhiệm hướng dẫn doanh nghiệp lập hồ sơ."],
    ]);
    expect(issuers(list)).toEqual(["Bộ Tài chính"]);
  });

  it("keeps the publisher's own duty a commitment", () => {
    const list = run(
      `${ISSUED} Theo Quyết định, Bộ Tài chính có trách nhiệm công bố danh mục hồ sơ.`,
    );
    expect(list.map((d) => d.kind)).toEqual(["commitment"]);
  });
});

describe("the joint agreement of the sides of a meeting", () => {
  const TALKS =
    "Tại buổi hội đàm, Bộ trưởng Bộ Công Thương Lê Văn An đề nghị phía Hàn Quốc mở cửa thị trường cho quả thanh long.";

  it("reads 'hai bên thống nhất <task>' as a commitment and '… thống nhất giao X …' as a task", () => {
    const list = run(
      TALKS,
      "Kết thúc hội đàm, hai bên thống nhất tổ chức diễn đàn doanh nghiệp tại Seoul trong quý II. Hai bên cũng thống nhất giao Cục Xúc tiến thương mại xây dựng chương trình kết nối giao thương.",
    );
    expect(kinds(list).slice(1)).toEqual([
      [
        "commitment",
        "Kết thúc hội đàm, hai bên thống nhất tổ chức diễn đàn doanh nghiệp tại Seoul trong quý II.",
      ],
      [
        "directive",
        "Hai bên cũng thống nhất giao Cục Xúc tiến thương mại xây dựng chương trình kết nối giao thương.",
      ],
    ]);
  });

  it("leaves the sides' agreement with no authority in the article, and 'thống nhất' of others", () => {
    expect(run("Hai bên thống nhất tổ chức diễn đàn doanh nghiệp tại Seoul.")).toEqual([]);
    expect(texts(run(TALKS, "Các đại biểu thống nhất cao với nội dung báo cáo."))).toEqual([TALKS]);
  });
});

describe("a quotation that runs over several sentences", () => {
  it("gives the first sentence's pledge to the speaker named after the quotation", () => {
    const list = run(
      "Bộ trưởng Lê Văn An yêu cầu tỉnh hoàn thành giải phóng mặt bằng trong quý I.",
      '"Chúng tôi cam kết bàn giao mặt bằng cho dự án trước ngày 30/3. Tỉnh đã lập tổ công tác riêng", ông Nguyễn Văn Hải, Chủ tịch UBND tỉnh nói.',
    );
    expect(kinds(list)[1]).toEqual([
      "commitment",
      '"Chúng tôi cam kết bàn giao mặt bằng cho dự án trước ngày 30/3.',
    ]);
  });

  it("gives nothing when the quotation closes with no speaker", () => {
    const list = run(
      "Bộ trưởng Lê Văn An yêu cầu tỉnh hoàn thành giải phóng mặt bằng trong quý I.",
      '"Chúng tôi cam kết bàn giao mặt bằng cho dự án trước ngày 30/3. Tỉnh đã lập tổ công tác riêng." Đây là dự án trọng điểm.',
    );
    expect(list).toHaveLength(1);
  });
});

describe("goods listed after a business's activity", () => {
  const DISPATCH =
    "Thủ tướng yêu cầu các bộ, ngành bảo đảm nguồn cung hàng hóa thiết yếu cho vùng lũ.";

  it("keeps 'kinh doanh A, B' inside the subject", () => {
    const list = run(
      DISPATCH,
      "Các tổng công ty nhà nước kinh doanh xăng dầu, khí đốt duy trì hoạt động của hệ thống cửa hàng.",
    );
    expect(addressees(list[1])).toEqual(["Các tổng công ty nhà nước kinh doanh xăng dầu, khí đốt"]);
  });

  it("ends the subject before an action after the comma", () => {
    const list = run(
      DISPATCH,
      "Các tổng công ty kinh doanh xăng dầu, bảo đảm nguồn cung cho thị trường.",
    );
    expect(list).toHaveLength(1);
  });
});
