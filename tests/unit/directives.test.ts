/**
 * Directive extraction on sentences written for these tests (not taken from any article).
 */
import { describe, expect, it } from "vitest";
import { extractDirectives } from "../../core/directives";
import type { CitationMatch, DateMatch } from "../../core/types";
import { article, run } from "./directive-article";

describe("explicit directive verbs", () => {
  it("reads issuer, force and addressee of 'X đề nghị Y …'", () => {
    const [d, ...rest] = run(
      "Thứ trưởng Bộ Công Thương Trần Văn Minh đề nghị các Sở Công Thương rà soát nguồn cung xăng dầu trong tháng tới.",
    );
    expect(rest).toEqual([]);
    expect(d?.kind).toBe("directive");
    expect(d?.force).toBe("requested");
    expect(d?.issuer?.en).toBe("Deputy Minister Tran Van Minh");
    expect(d?.addressees.map((a) => a.text)).toEqual(["các Sở Công Thương"]);
    expect(d?.addressees[0]?.en).toMatch(/Departments of Industry and Trade/);
    expect(d?.gloss_en).toMatch(
      /^The provincial Departments of Industry and Trade — requested — review/,
    );
  });

  it("maps each verb to its force", () => {
    const forces = run(
      "Thủ tướng Lê Minh Quân giao Bộ Tài chính chủ trì xây dựng phương án.",
      "Thủ tướng yêu cầu các bộ, ngành báo cáo kết quả.",
      "Phó Thủ tướng Đỗ Văn Hải chỉ đạo Ủy ban nhân dân các tỉnh kiểm tra việc niêm yết giá.",
      "Bộ trưởng Ngô Thị Lan kêu gọi các doanh nghiệp tiết kiệm điện.",
    ).map((d) => d.force);
    expect(forces).toEqual(["assigned", "required", "directed", "urged"]);
  });

  it("takes the addressee after 'cho' in 'giao việc X cho Y'", () => {
    const [d] = run(
      "Chủ tịch UBND tỉnh Vũ Đức Long giao việc vận hành chợ mới cho UBND huyện Sơn Hà.",
    );
    expect(d?.addressees.map((a) => a.text)).toEqual(["UBND huyện Sơn Hà"]);
  });
});

describe("addressee first", () => {
  it("accepts a body followed by a modal or a passive assignment", () => {
    const list = run(
      "Các địa phương cần chủ động dự trữ hàng hóa thiết yếu.",
      "Bộ Xây dựng được giao hướng dẫn các tỉnh lập quy hoạch.",
      "Ngay sau kỳ nghỉ, các cơ quan phải khẩn trương giải quyết hồ sơ tồn đọng.",
    );
    expect(list.map((d) => [d.kind, d.force, d.addressees[0]?.text])).toEqual([
      ["directive", "recommended", "Các địa phương"],
      ["directive", "assigned", "Bộ Xây dựng"],
      ["directive", "must", "các cơ quan"],
    ]);
  });
});

describe("context: a list of tasks after a directive", () => {
  it("gives subjectless imperatives the addressees of the directive that opened the list", () => {
    const list = run(
      "Phó Thủ tướng Đỗ Văn Hải đề nghị các bộ, ngành triển khai ngay các việc sau:",
      "Thứ nhất, rà soát toàn bộ thủ tục cấp phép. Thứ hai, công khai kết quả xử lý hồ sơ.",
      "Tăng cường kiểm tra các cửa hàng bán lẻ. Bộ Y tế khẩn trương hướng dẫn cách ghi nhãn.",
    );
    expect(list).toHaveLength(5);
    expect(list.slice(0, 4).every((d) => d.addressees[0]?.text === "các bộ, ngành")).toBe(true);
    expect(list[1]?.text).toBe("Thứ nhất, rà soát toàn bộ thủ tục cấp phép.");
    expect(list[4]?.addressees[0]?.text).toBe("Bộ Y tế");
    expect(list.every((d) => d.issuer?.en === "Deputy Prime Minister Do Van Hai")).toBe(true);
  });

  it("ends the list at a sub-head, a past fact or an opinion", () => {
    const afterHeading = run(
      "Bộ trưởng Ngô Thị Lan yêu cầu các Sở Công Thương bảo đảm nguồn điện.",
      "## Kết quả năm qua",
      "Tăng cường kiểm tra an toàn.",
    );
    expect(afterHeading).toHaveLength(1);
    const afterFact = run(
      "Bộ trưởng Ngô Thị Lan yêu cầu các Sở Công Thương bảo đảm nguồn điện.",
      "Năm ngoái, ngành điện đã đạt sản lượng kỷ lục. Tăng cường kiểm tra an toàn.",
    );
    expect(afterFact).toHaveLength(1);
  });

  it("does not read a subjectless sentence as a task without a directive in force", () => {
    expect(
      run(
        "Tăng cường kiểm tra là cần thiết trong mùa cao điểm.",
        "Giảm giá điện sẽ hỗ trợ sản xuất.",
      ),
    ).toEqual([]);
  });
});

describe("commitments", () => {
  it("reads an authority's pledge of future action", () => {
    const [d] = run("Bộ Công Thương sẽ sửa đổi quy định về bán lẻ điện trong năm nay.");
    expect(d?.kind).toBe("commitment");
    expect(d?.force).toBe("pledged");
    expect(d?.addressees[0]?.text).toBe("Bộ Công Thương");
  });

  it("reads the speaker's own ministry continuing a task as a pledge, another body as a directive", () => {
    const list = run(
      "Thứ trưởng Bộ Tài chính Hồ Văn Sơn khẳng định, Bộ Tài chính sẽ rút gọn thủ tục hoàn thuế.",
      "Riêng về thuế phí, Bộ Tài chính tiếp tục cắt giảm các khoản không cần thiết.",
    );
    expect(list.map((d) => d.kind)).toEqual(["commitment", "commitment"]);
  });

  it("does not read an opinion or an ongoing action as a pledge", () => {
    expect(
      run(
        "“Bộ Công Thương luôn đồng hành cùng doanh nghiệp”, Thứ trưởng nhận định.",
        "Bộ Công Thương đang làm việc với các sàn thương mại điện tử.",
      ),
    ).toEqual([]);
  });
});

describe("not directives", () => {
  it("rejects proposals going up from businesses, associations and localities", () => {
    expect(
      run(
        "Hiệp hội Dệt may đề nghị Bộ Công Thương sớm ban hành hướng dẫn.",
        "Doanh nghiệp kiến nghị Chính phủ giảm thuế.",
        "UBND tỉnh Sơn Hà đề nghị Bộ Công Thương hỗ trợ vốn.",
        "Lãnh đạo huyện mong muốn các bộ, ngành quan tâm hơn.",
        "Bộ Công Thương cùng Bộ Tài chính đề xuất Chính phủ sửa nghị định.",
      ),
    ).toEqual([]);
  });

  it("rejects past actions and reported facts", () => {
    expect(
      run(
        "Năm 2024, Bộ đã chỉ đạo các địa phương kiểm tra 500 cửa hàng.",
        "Trước đó, Cục vừa yêu cầu doanh nghiệp báo cáo.",
        "Ông Nguyễn Văn Bình, chuyên gia kinh tế, cho rằng các doanh nghiệp cần đổi mới công nghệ.",
        "Giá lúa tăng 3,5% so với tuần trước, theo số liệu của Cục Thống kê.",
      ),
    ).toEqual([]);
  });

  it("keeps the dispatch's requests when the sentence reports a just-signed dispatch", () => {
    const [d] = run(
      "Thủ tướng Lê Minh Quân vừa ký Công điện số 15, yêu cầu các bộ, ngành và địa phương bảo đảm cung ứng điện.",
    );
    expect(d?.kind).toBe("directive");
    expect(d?.force).toBe("required");
    expect(d?.addressees[0]?.text).toBe("các bộ, ngành và địa phương");
  });
});

describe("deadlines and citations", () => {
  it("finds a deadline after 'trước ngày' without a date finder", () => {
    const [d] = run(
      "Bộ trưởng Ngô Thị Lan yêu cầu các Sở Công Thương gửi báo cáo trước ngày 15/4.",
    );
    expect(d?.deadline?.from).toBe("2025-04-15");
    expect(d?.deadline?.deadline).toBe(true);
    expect(d?.gloss_en).not.toContain("trước");
  });

  it("uses the date finder's deadline and links citations inside the sentence", () => {
    const text =
      "Bộ trưởng Ngô Thị Lan yêu cầu các Cục triển khai Thông tư số 12/2025/TT-BCT trước ngày 30/6/2025.";
    const input = article(text);
    const at = text.indexOf("Thông tư");
    const citation: CitationMatch = {
      type: "citation",
      block: 1,
      start: at,
      end: at + "Thông tư số 12/2025/TT-BCT".length,
      text: "Thông tư số 12/2025/TT-BCT",
      docType: "circular",
      number: "12",
      symbol: "12/2025/TT-BCT",
      year: 2025,
      issuer: "BCT",
      issuerName: "the Ministry of Industry and Trade",
      date: null,
      en: "Circular No. 12/2025/TT-BCT",
    };
    const dAt = text.indexOf("30/6/2025");
    const date: DateMatch = {
      type: "date",
      block: 1,
      start: dAt,
      end: dAt + 9,
      text: "30/6/2025",
      dateKind: "day",
      from: "2025-06-30",
      to: "2025-06-30",
      en: "30 June 2025",
      deadline: true,
    };
    const [d] = extractDirectives(input, { terms: [], citations: [citation], dates: [date] });
    expect(d?.citations).toEqual(["Thông tư số 12/2025/TT-BCT"]);
    expect(d?.deadline).toEqual(date);
    expect(d?.gloss_en).toContain("[Circular No. 12/2025/TT-BCT]");
    expect(d?.gloss_en).toContain("[30 June 2025]");
  });
});

describe("issuer resolution", () => {
  it("resolves a bare title to the person named earlier", () => {
    const list = run(
      "Phó Thủ tướng Đỗ Văn Hải chủ trì cuộc họp về an ninh năng lượng.",
      "Kết luận cuộc họp, Phó Thủ tướng đề nghị Bộ Công Thương theo dõi sát thị trường.",
      "“Các địa phương sớm hoàn thành kiểm kê kho xăng dầu”, Phó Thủ tướng nhấn mạnh.",
    );
    expect(list).toHaveLength(2);
    expect(list.map((d) => d.issuer?.text)).toEqual([
      "Phó Thủ tướng Đỗ Văn Hải",
      "Phó Thủ tướng Đỗ Văn Hải",
    ]);
    expect(list[1]?.addressees[0]?.text).toBe("Các địa phương");
  });

  it("resolves 'ông X' to the title given in apposition", () => {
    const [d] = run(
      "Ông Vũ Đức Long - Phó Chủ tịch UBND tỉnh Sơn Hà đến kiểm tra chợ.",
      "Ông Vũ Đức Long giao Sở Công Thương hướng dẫn tiểu thương.",
    );
    expect(d?.issuer?.en).toBe("Vice Chair Vu Duc Long");
  });
});
