/**
 * Directive extraction rules read from structure rather than from a verb of directing: units
 * named as parties, future or obligation coordinated after a past verb, regulations' rules, the
 * mandate of a body just set up, numbered items of a list of tasks, bodies fronted before the
 * issuer, tasks of further bodies after ";", and pledges of a business that was given a task.
 * Sentences written for these tests (not taken from any article).
 */
import { describe, expect, it } from "vitest";
import { readParty } from "../../core/directives/parties";
import { kinds, run, texts } from "./directive-article";

const party = (text: string) => readParty(text, text.toLowerCase(), 0)?.text ?? null;

describe("units of a department ('Phòng …', 'Trung tâm …')", () => {
  it("are parties when named or counted", () => {
    expect(party("Phòng Kinh tế hạ tầng rà soát hồ sơ")).toBe("Phòng Kinh tế hạ tầng");
    expect(party("Trung tâm Khuyến nông tỉnh chủ động liên hệ")).toBe("Trung tâm Khuyến nông tỉnh");
    expect(party("Các phòng, ban chuyên môn chủ động báo cáo")).toBe("Các phòng, ban chuyên môn");
  });

  it("are not parties as verbs or common nouns", () => {
    expect(party("Phòng cháy chữa cháy là nhiệm vụ thường xuyên")).toBeNull();
    expect(party("Phòng, chống hàng giả cần làm thường xuyên")).toBeNull();
    expect(party("Phòng ngừa rủi ro thiên tai được chú trọng")).toBeNull();
  });

  it("take the tasks of a list after a director's assignment", () => {
    const list = run(
      "Giám đốc Sở Công Thương Lê Minh Khoa giao nhiệm vụ cụ thể như sau:",
      "- Phòng Quản lý điện năng kiểm tra các trạm biến áp trước mùa mưa.",
      "- Trung tâm Tư vấn công nghiệp chủ động liên hệ các làng nghề để hỗ trợ thiết bị.",
      "Các phòng, ban chủ động báo cáo vướng mắc, không chờ đến cuối tháng.",
    );
    expect(list.map((d) => d.addressees.map((a) => a.text))).toEqual([
      [],
      ["Phòng Quản lý điện năng"],
      ["Trung tâm Tư vấn công nghiệp"],
      ["Các phòng, ban"],
    ]);
    expect(list.slice(1).every((d) => d.issuer?.text.includes("Lê Minh Khoa"))).toBe(true);
  });
});

describe("a future or an obligation coordinated after a past or ongoing verb", () => {
  it("is a pledge of an authority ('đang … và sẽ …')", () => {
    const [d, ...rest] = run(
      "Bộ Công Thương đang phối hợp với các địa phương rà soát quy hoạch kho xăng dầu và sẽ trình Chính phủ phương án điều chỉnh trong quý I/2026.",
    );
    expect(rest).toEqual([]);
    expect(d?.kind).toBe("commitment");
  });

  it("leaves a report a report ('đã … và …', 'đã phải …')", () => {
    expect(
      run(
        "Bộ Công Thương đã rà soát quy hoạch kho xăng dầu và báo cáo Chính phủ phương án điều chỉnh.",
        "Nhiều doanh nghiệp đã phải tạm dừng sản xuất trong tháng 9.",
      ),
    ).toEqual([]);
  });
});

describe("an issued regulation's rules", () => {
  const rules = [
    "Nghị định quy định các cửa hàng bán lẻ phải niêm yết giá bán tại nơi dễ quan sát.",
    "Khi kiểm tra, người mua có thể đối chiếu hóa đơn.",
    "Cùng với đó, cơ sở kinh doanh phải lưu hồ sơ mua bán trong tối thiểu 3 năm.",
    "Kho chứa hàng phải có thiết bị báo cháy tự động.",
    "Các cơ sở đã được cấp phép trước ngày Nghị định có hiệu lực được tiếp tục hoạt động, nhưng phải bổ sung hồ sơ trong 6 tháng.",
  ];

  it("are directives of the document, whatever the rule's subject", () => {
    expect(texts(run(...rules))).toEqual([rules[0], rules[2], rules[3], rules[4]]);
  });

  it("are not read from a draft, from other content, or outside a regulation", () => {
    expect(
      run(
        "Dự thảo Nghị định quy định các cửa hàng bán lẻ phải niêm yết giá bán tại nơi dễ quan sát.",
        "Kho chứa hàng phải có thiết bị báo cháy tự động.",
      ),
    ).toEqual([]);
    expect(run("Thông tư quy định chi tiết một số điều của Luật Điện lực về bán lẻ điện.")).toEqual(
      [],
    );
    const list = run(
      "Bộ trưởng Bộ Xây dựng yêu cầu các sở rà soát giá vật liệu.",
      "Giá thép phải chịu áp lực lớn từ nguồn cung nhập khẩu.",
    );
    expect(list).toHaveLength(1);
  });
});

describe("the mandate of a body just set up", () => {
  it("is a task given by whoever set it up", () => {
    const list = run(
      "Bộ trưởng Bộ Y tế đã ký Quyết định thành lập Tổ công tác đặc biệt do một Thứ trưởng làm tổ trưởng. Tổ công tác đặc biệt có nhiệm vụ kiểm tra việc cung ứng thuốc tại các bệnh viện tuyến tỉnh.",
    );
    expect(list).toHaveLength(1);
    expect(list[0]?.kind).toBe("directive");
    expect(list[0]?.issuer?.text).toBe("Bộ trưởng Bộ Y tế");
    expect(list[0]?.addressees.map((a) => a.text)).toEqual(["Tổ công tác đặc biệt"]);
  });

  it("needs the body's own modal right after it is set up", () => {
    expect(
      run(
        "Bộ trưởng Bộ Y tế đã ký Quyết định thành lập Tổ công tác đặc biệt. Tổ công tác đặc biệt đã làm việc với ba bệnh viện.",
        "Tổ công tác đặc biệt có nhiệm vụ kiểm tra việc cung ứng thuốc.",
      ),
    ).toEqual([]);
  });
});

describe("numbered items of a list of tasks", () => {
  it("are tasks whatever verb begins them", () => {
    const list = run(
      "Cục Xúc tiến thương mại đề nghị các hiệp hội ngành hàng thực hiện các nội dung sau:",
      "1. Rà soát danh sách doanh nghiệp tham gia hội chợ.",
      "2. Thẩm tra hồ sơ năng lực của từng doanh nghiệp trước ngày 15/4.",
    );
    expect(texts(list).slice(1)).toEqual([
      "Rà soát danh sách doanh nghiệp tham gia hội chợ.",
      "Thẩm tra hồ sơ năng lực của từng doanh nghiệp trước ngày 15/4.",
    ]);
  });

  it("are not tasks without a list opened by a colon, or as a heading item", () => {
    expect(
      texts(
        run(
          "Cục Xúc tiến thương mại đề nghị các hiệp hội ngành hàng chuẩn bị gian hàng.",
          "2. Thẩm tra hồ sơ năng lực của từng doanh nghiệp trước ngày 15/4.",
        ),
      ),
    ).toHaveLength(1);
    expect(
      run(
        "Cục Xúc tiến thương mại đề nghị các hiệp hội ngành hàng thực hiện các nội dung sau:",
        "1. Thời gian: từ ngày 10 đến ngày 15/4.",
      ),
    ).toHaveLength(1);
  });
});

describe("bodies named outside the directive verb", () => {
  it("fronted before the issuer are the addressees ('Với Bộ X, Thủ tướng yêu cầu …')", () => {
    const [d] = run("Với Bộ Tài chính, Phó Thủ tướng yêu cầu sớm hoàn thiện dự thảo nghị định.");
    expect(d?.addressees.map((a) => a.text)).toEqual(["Bộ Tài chính"]);
  });

  it("after a topic with commas, the directive verb is the main clause", () => {
    const [d, ...rest] = run(
      "Đối với doanh nghiệp sản xuất, phân phối phân bón, căn cứ tình hình thực tế, Bộ Nông nghiệp đề nghị các đơn vị bảo đảm nguồn cung.",
    );
    expect(rest).toEqual([]);
    expect(d?.issuer?.text).toBe("Bộ Nông nghiệp");
    expect(d?.force).toBe("requested");
  });

  it("after ';' with their own task verb, take a task of the same issuer", () => {
    const list = run(
      "Phó Thủ tướng giao Bộ Y tế kiểm tra nguồn thuốc; Bộ Xây dựng phối hợp với các địa phương rà soát bếp ăn trường học.",
    );
    expect(list.map((d) => d.addressees.map((a) => a.text))).toEqual([
      ["Bộ Y tế"],
      ["Bộ Xây dựng"],
    ]);
    expect(
      run("Phó Thủ tướng giao Bộ Y tế kiểm tra nguồn thuốc; giá thuốc tháng qua tăng 2%."),
    ).toHaveLength(1);
  });

  it("holders of an office in general with a modal are addressees", () => {
    const list = run(
      "Thủ tướng yêu cầu các bộ đẩy nhanh giải ngân.",
      "Thủ tướng nhấn mạnh, Giám đốc Sở các tỉnh, thành phố và thủ trưởng các cơ quan phải chịu trách nhiệm về tiến độ.",
    );
    expect(list).toHaveLength(2);
    expect(list[1]?.force).toBe("must");
    expect(run("Chủ tịch UBND tỉnh Lê Văn Bình kiểm tra công trình đê biển.")).toEqual([]);
  });
});

describe("speakers and pledges", () => {
  it("a pledge after a fronted period of time is read ('Theo ông X, giai đoạn …, Sở sẽ …')", () => {
    const list = run(
      "Ông Đỗ Văn Hải, Phó Giám đốc Sở Công Thương, cho biết toàn tỉnh có 30 làng nghề.",
      "Theo ông Hải, giai đoạn 2026 - 2030, Sở Công Thương sẽ ưu tiên kinh phí cho các làng nghề.",
      "Theo ông Hải, giai đoạn 2021 - 2025, Sở đã hỗ trợ 40 đề án.",
    );
    expect(kinds(list)).toEqual([
      [
        "commitment",
        "Theo ông Hải, giai đoạn 2026 - 2030, Sở Công Thương sẽ ưu tiên kinh phí cho các làng nghề.",
      ],
    ]);
  });

  it("an association's officer gives no task ('Theo ông X, các doanh nghiệp cần …')", () => {
    const list = run(
      "Bộ trưởng Bộ Công Thương yêu cầu Cục Hóa chất hướng dẫn các doanh nghiệp.",
      "Ông Lê Văn An, Phó Chủ tịch Hiệp hội Phân bón, cho rằng quy định mới là cần thiết.",
      "Theo ông An, các doanh nghiệp cần chuẩn bị sớm kinh phí.",
    );
    expect(list).toHaveLength(1);
  });

  it("a business given a task answers with pledges", () => {
    const list = run(
      "Thứ trưởng yêu cầu Công ty Cổ phần Xi măng Hòa An khắc phục sự cố môi trường.",
      "Ông Trần Văn Lợi, Giám đốc Công ty Cổ phần Xi măng Hòa An, cho biết đã dừng lò nung.",
      "Công ty cam kết bồi thường cho các hộ dân bị ảnh hưởng.",
      "“Chúng tôi sẽ báo cáo kết quả khắc phục trước ngày 30/4”, ông Lợi nói.",
    );
    expect(list.map((d) => d.kind)).toEqual(["directive", "commitment", "commitment"]);
  });

  it("a business's own plans are no commitment", () => {
    expect(
      run(
        "Thứ trưởng yêu cầu Công ty Cổ phần Xi măng Hòa An khắc phục sự cố môi trường.",
        "Theo số liệu của Cục Thống kê, giá xi măng đã tăng 5%.",
        "Công ty Cổ phần Bán lẻ Minh Phát cam kết mở thêm 20 cửa hàng trong năm nay.",
      ),
    ).toHaveLength(1);
    expect(run("Công ty Cổ phần Xi măng Hòa An cam kết giảm giá bán từ tháng 5.")).toEqual([]);
  });
});
