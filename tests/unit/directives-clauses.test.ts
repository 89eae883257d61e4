/**
 * Directive extraction rules for verbs of attention, news of an instruction just given, clauses
 * joined by ";", pledges of bodies reported by their speakers, interviews, and sentences that
 * only look like tasks. Sentences written for these tests (not taken from any article).
 */
import { describe, expect, it } from "vitest";
import { parseTextArticle } from "../../cli/text-article";
import { kinds, run } from "./directive-article";

describe("verbs of attention ('lưu ý', 'nhắc nhở')", () => {
  it("give a task when an addressee and an action follow", () => {
    const [d, ...rest] = run(
      "Phó Chủ tịch UBND tỉnh Trịnh Văn Lộc lưu ý Sở Xây dựng và các huyện sớm sửa chữa các tuyến đê xung yếu.",
    );
    expect(rest).toEqual([]);
    expect(d?.kind).toBe("directive");
    expect(d?.addressees.map((a) => a.text)).toEqual(["Sở Xây dựng", "các huyện"]);
    expect(d?.issuer?.en).toBe("Vice Chair Trinh Van Loc");
  });

  it("give a task to the addressees in force when an action follows at once", () => {
    const list = run(
      "Bộ trưởng Ngô Thị Lan yêu cầu các Sở Công Thương theo dõi sát giá phân bón.",
      "Bộ trưởng lưu ý tuyệt đối không để khan hiếm hàng ở vùng sâu.",
      "Cục trưởng Đỗ Minh Quý nhắc nhở các chi cục báo cáo kết quả hằng tuần.",
    );
    expect(list.map((d) => d.force)).toEqual(["required", "requested", "urged"]);
    expect(list[1]?.addressees.map((a) => a.text)).toEqual(["các Sở Công Thương"]);
  });

  it("only report what was said when no task follows", () => {
    expect(
      run(
        "Thứ trưởng Phan Thị Mai lưu ý tình hình mưa lũ ở miền Trung còn diễn biến phức tạp.",
        "Bà Mai cũng lưu ý, giá nguyên liệu có thể tăng vào cuối năm.",
      ),
    ).toEqual([]);
  });
});

describe("an instruction just given ('vừa yêu cầu')", () => {
  it("reads 'vừa' before a directive verb as news of an instruction in force", () => {
    const [d] = run(
      "Cục Hóa chất vừa yêu cầu các doanh nghiệp sản xuất phân bón báo cáo sản lượng trong tháng 4.",
    );
    expect(d?.kind).toBe("directive");
    expect(d?.force).toBe("required");
    expect(d?.addressees[0]?.text).toBe("các doanh nghiệp sản xuất phân bón");
  });

  it("keeps 'đã' and a past opener as facts", () => {
    expect(
      run(
        "Cục Hóa chất đã yêu cầu các doanh nghiệp kê khai sản lượng.",
        "Tháng trước, Cục Hóa chất vừa yêu cầu các doanh nghiệp kê khai sản lượng.",
        "Cục Hóa chất vừa ký kết thỏa thuận hợp tác với một viện nghiên cứu.",
      ),
    ).toEqual([]);
  });
});

describe("clauses joined by ';'", () => {
  it("lists each clause with its own directive verb and addressee as a directive", () => {
    const list = run(
      "Chủ tịch UBND tỉnh Vũ Đức Long giao Sở Y tế kiểm tra các bếp ăn tập thể, báo cáo trước ngày 30/4; giao Sở Tài chính bảo đảm kinh phí kiểm nghiệm; đề nghị các tổ chức đoàn thể vận động hội viên sản xuất an toàn; hướng dẫn người dân nhận biết thực phẩm bẩn.",
    );
    expect(list.map((d) => d.addressees.map((a) => a.text))).toEqual([
      ["Sở Y tế"],
      ["Sở Tài chính"],
      ["các tổ chức đoàn thể"],
    ]);
    expect(list.map((d) => d.force)).toEqual(["assigned", "assigned", "requested"]);
    expect(list.every((d) => d.issuer?.en === "Chair Vu Duc Long")).toBe(true);
    expect(list[0]?.text).toBe(
      "Chủ tịch UBND tỉnh Vũ Đức Long giao Sở Y tế kiểm tra các bếp ăn tập thể, báo cáo trước ngày 30/4",
    );
    // The last clause has no addressee of its own: it goes on with the request before it.
    expect(list[2]?.text).toMatch(/hướng dẫn người dân nhận biết thực phẩm bẩn\.$/u);
  });

  it("keeps a body's own directing of others inside its task", () => {
    const list = run(
      "Thủ tướng Chính phủ yêu cầu:",
      "Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các địa phương theo dõi dịch bệnh trên đàn gia súc; chỉ đạo cơ quan thú y tăng cường kiểm dịch tại cửa khẩu.",
    );
    expect(list).toHaveLength(1);
    expect(list[0]?.addressees[0]?.text).toBe("Bộ Nông nghiệp và Môi trường");
  });
});

describe("pledges of bodies, reported by their speakers", () => {
  it("reads a named body's pledge as a commitment, quoted or reported", () => {
    const list = run(
      "Bộ Công Thương yêu cầu các đơn vị bảo đảm nguồn cung than cho mùa khô.",
      "“PVN cam kết duy trì sản lượng khí cho các nhà máy điện”, ông Trần Quốc Bảo, Tổng giám đốc PVN khẳng định.",
      "Theo ông Bảo, PVN sẽ đưa thêm hai giàn khai thác vào vận hành trong quý III.",
      "Ông Lý Hoàng Nam, Phó Tổng giám đốc Tổng công ty Điện lực miền Nam cho biết tổng công ty sẽ lắp thêm 20 trạm biến áp trước mùa mưa.",
    );
    expect(list.map((d) => d.kind)).toEqual([
      "directive",
      "commitment",
      "commitment",
      "commitment",
    ]);
    expect(list[1]?.issuer?.en).toMatch(/Tran Quoc Bao/u);
  });

  it("reads the speaker's own unit and 'chúng tôi' as the speaker's commitment", () => {
    const list = run(
      "Ông Hà Văn Tâm, Cục trưởng Cục Quản lý thị trường tỉnh Sơn Hà cho biết, đơn vị sẽ lập 5 đoàn kiểm tra liên ngành.",
      "“Chúng tôi cam kết xử lý nghiêm mọi vụ buôn lậu”, ông Tâm nói.",
    );
    expect(list.map((d) => d.kind)).toEqual(["commitment", "commitment"]);
    expect(list.map((d) => d.issuer?.en)).toEqual([
      "Director General Ha Van Tam",
      "Director General Ha Van Tam",
    ]);
  });

  it("does not read a business's or an unknown speaker's pledge as anything", () => {
    expect(
      run(
        "Bộ trưởng Ngô Thị Lan yêu cầu các doanh nghiệp bình ổn giá dịp Tết.",
        "“Chúng tôi cam kết không tăng giá sữa đến hết quý I”, bà Đào Thu Hà, giám đốc một chuỗi cửa hàng, nói.",
        "Công ty Cổ phần Sữa Miền Tây sẽ mở thêm 12 cửa hàng.",
      ).map((d) => d.text),
    ).toEqual(["Bộ trưởng Ngô Thị Lan yêu cầu các doanh nghiệp bình ổn giá dịp Tết."]);
    expect(run("Chúng tôi sẽ hoàn thành dự án trước mùa mưa.")).toEqual([]);
  });

  it("reads a pledge that follows a verb of saying without a comma", () => {
    const [d] = run(
      "Trả lời các kiến nghị, Bộ trưởng Ngô Thị Lan khẳng định Bộ Công Thương sẽ sửa đổi thông tư về bán lẻ xăng dầu.",
    );
    expect(d?.kind).toBe("commitment");
    expect(d?.issuer?.en).toBe("Minister Ngo Thi Lan");
  });
});

describe("interviews", () => {
  const interview = [
    "PV: Thưa Thứ trưởng, Bộ đặt ra yêu cầu gì đối với các Sở Công Thương?",
    "Thứ trưởng Phan Văn Khải: Tôi đề nghị các Sở Công Thương khẩn trương rà soát quy hoạch chợ. Cụ thể, các Sở Công Thương tại Tây Nguyên và Đông Nam Bộ hoàn thành việc rà soát trong tháng 6.",
    "Tôi cũng đề nghị các hiệp hội phối hợp với Cục Xúc tiến thương mại tổ chức hội chợ vùng.",
    "PV: Bộ sẽ làm gì để hỗ trợ các địa phương?",
    "Thứ trưởng Phan Văn Khải: Bộ sẽ bố trí kinh phí cho các chợ vùng khó khăn. Trong năm 2026, chúng tôi sẽ trình Chính phủ nghị định mới về chợ.",
  ];

  it("reads the answers as the labelled speaker's words, and never a question", () => {
    const list = run(...interview);
    expect(kinds(list)).toEqual([
      ["directive", "Tôi đề nghị các Sở Công Thương khẩn trương rà soát quy hoạch chợ."],
      [
        "directive",
        "Cụ thể, các Sở Công Thương tại Tây Nguyên và Đông Nam Bộ hoàn thành việc rà soát trong tháng 6.",
      ],
      [
        "directive",
        "Tôi cũng đề nghị các hiệp hội phối hợp với Cục Xúc tiến thương mại tổ chức hội chợ vùng.",
      ],
      ["commitment", "Bộ sẽ bố trí kinh phí cho các chợ vùng khó khăn."],
      ["commitment", "Trong năm 2026, chúng tôi sẽ trình Chính phủ nghị định mới về chợ."],
    ]);
    expect(list[0]?.issuer?.en).toBe("Deputy Minister Phan Van Khai");
    expect(list[0]?.addressees.map((a) => a.text)).toEqual(["các Sở Công Thương"]);
  });

  it("does not take a question for a directive", () => {
    expect(run("PV: Bộ Công Thương yêu cầu các địa phương làm gì trong mùa khô?")).toEqual([]);
  });
});

describe("addressees in a Prime Minister's list", () => {
  it("reads a body's name with a comma in it and a task after a condition", () => {
    const list = run(
      "Thủ tướng Chính phủ yêu cầu:",
      "Bộ Khoa học, Công nghệ và Truyền thông chỉ đạo các sở hướng dẫn doanh nghiệp chuyển đổi số.",
      "Trường hợp doanh nghiệp nợ lương kéo dài, địa phương phải kiểm tra và xử lý theo quy định.",
    );
    expect(list.map((d) => d.addressees[0]?.text)).toEqual([
      "Bộ Khoa học, Công nghệ và Truyền thông",
      "địa phương",
    ]);
  });

  it("reads trade offices abroad, with the places they serve, as addressees", () => {
    const list = run(
      "Bộ trưởng Ngô Thị Lan yêu cầu hệ thống thương mại ở nước ngoài hỗ trợ doanh nghiệp.",
      "Trước hết, các Thương vụ tại Nam Á, Tây Á và Bắc Phi cung cấp thông tin về nhu cầu nhập khẩu gạo.",
      "Thương vụ tại các nước nhập khẩu lớn như Ai Cập, Pakistan cần cảnh báo sớm các thay đổi về thuế.",
    );
    expect(list.slice(1).map((d) => d.addressees[0]?.text)).toEqual([
      "các Thương vụ tại Nam Á, Tây Á và Bắc Phi",
      "Thương vụ tại các nước nhập khẩu lớn như Ai Cập, Pakistan",
    ]);
  });
});

describe("sentences that only look like tasks", () => {
  it("reads a participle before a past main clause as a report", () => {
    expect(
      run(
        "Bộ trưởng Ngô Thị Lan yêu cầu các Sở Công Thương kiểm tra kho xăng dầu.",
        "Triển khai yêu cầu của Bộ, Sở Công Thương tỉnh Sơn Hà đã lập 4 đoàn kiểm tra.",
      ),
    ).toHaveLength(1);
  });

  it("reads a dated event as a report, not a task", () => {
    expect(
      run(
        "Bộ Công Thương yêu cầu các tập đoàn bảo đảm cung ứng điện.",
        "Sáng 12/5, tại Hà Nội, Bộ Công Thương tổ chức hội thảo về tiết kiệm năng lượng.",
      ),
    ).toHaveLength(1);
  });

  it("does not take a quoted phrase inside a sentence for a closed quotation", () => {
    const [d] = run(
      "Thứ trưởng Phan Văn Khải đề nghị các Sở Công Thương hỗ trợ “từ đầu đến cuối” cho hợp tác xã, không chỉ dừng ở việc cung cấp thông tin.",
    );
    expect(d?.addressees[0]?.text).toBe("các Sở Công Thương");
  });

  it("reads a short line that ends on a quoted phrase as a sub-head", () => {
    const input = parseTextArticle(
      [
        "Tiêu đề",
        "",
        "Phần mở đầu của bài.",
        "",
        "Doanh nghiệp hứa “không tăng giá”",
        "",
        "Ông A nói: “Giá sẽ giữ nguyên đến hết tháng.”",
      ].join("\n"),
    );
    expect(input?.blocks.map((b) => b.kind)).toEqual(["title", "lead", "heading", "paragraph"]);
  });
});
