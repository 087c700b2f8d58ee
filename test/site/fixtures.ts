// Hand-written readings of the seed's two pages (EXPECTED.md), so the site
// can be tested on its own: the texts are shortened, the structure is the
// editor's reading.
import type { Credit, PageModel } from "../../src/model.ts";

const tx = (source: string | undefined, role: string, name: string, text: string, photo = false): Credit => ({
  text, source, people: [{ role, names: [name] }], ...(photo ? { photo } : {}),
});

export function pageA(): PageModel {
  return {
    paper: "四平日报", date: "2021-10-14", page: 3, pageName: "县区新闻",
    lines: { from: 1, to: 60 },
    items: [
      {
        kind: "article", line: 3, headline: "解放思想 深化改革 狠抓落实", subtitle: "——铁西全力抓好全区营商环境建设记事",
        byline: tx("本报", "通讯员", "杜文翰", "本报通讯员 杜文翰"),
        body: [
          { kind: "paragraph", line: 9, text: "铁西区认真落实省、市营商环境建设大会精神,按照稳中求进工作总基调。" },
          { kind: "crosshead", line: 11, text: "全力推进招商引资 力争明显突破" },
          { kind: "paragraph", line: 13, text: "1至8月份,完成招商引资到位资金39.55亿元。" },
          { kind: "crosshead", line: 19, text: "提升金融服务工作 确保平稳运行" },
          { kind: "paragraph", line: 21, text: "重点针对辖区内8家小贷公司开展了金融风险排查工作,会同市金融办进行风险评定审核。" },
        ],
      },
      {
        kind: "article", line: 35, kicker: "明确责任分工 层层抓好落实", headline: "铁东召开城乡居民“两险”征收工作部署会议",
        dateline: tx("本报", "通讯员", "王健", "本报讯(通讯员 王健)"),
        body: [
          { kind: "paragraph", line: 39, text: "为深入贯彻国家关于城乡居民“两险”征收工作会议精神,日前,铁东召开城乡居民“两险”征收工作部署会议。" },
          { kind: "paragraph", line: 41, text: "会议指出,全区上下要进一步统一思想。" },
        ],
      },
      {
        kind: "article", line: 45, kicker: "发挥部门职能作用 助推民营企业发展", headline: "伊通人社局开展深化助企纾困活动",
        dateline: tx("本报", "通讯员", "薛丽丽", "本报讯(通讯员 薛丽丽)"),
        body: [{ kind: "paragraph", line: 49, text: "为全面落实“六保”任务,发挥人社部门职能作用。" }],
      },
    ],
    footer: {
      editors: ["辛宏", "王森"], proofreaders: ["刘铁铮"], email: "sprbxjyw@163.com",
      roles: [{ role: "本版编辑", names: ["辛宏", "王森"] }, { role: "本版校对", names: ["刘铁铮"] }],
      lines: ["本版编辑 辛宏 王森 本版校对 刘铁铮", "电子邮箱: sprbxjyw@163.com"], line: 59,
    },
    extras: [], warnings: [],
  };
}

export function pageB(): PageModel {
  return {
    paper: "四平日报", date: "2021-10-14", page: 4, pageName: "县区新闻",
    lines: { from: 1, to: 34 },
    items: [
      { kind: "photo", line: 4, caption: "重阳节前夕,双辽福康医院党支部开展了“九九重阳节,浓浓敬老情”活动,组织多名医护人员走进社区为老人进行义诊。", credit: tx("本报", "通讯员", "张绍杰", "本报通讯员 张绍杰 摄", true) },
      {
        kind: "article", line: 8, kicker: "增强防灾意识 提高应急能力", headline: "双辽开展国际减灾日宣传活动",
        dateline: tx("本报", "通讯员", "于嘉宇", "本报讯(通讯员 于嘉宇)"),
        body: [{ kind: "paragraph", line: 12, text: "为切实做好国际减灾日的宣传工作,近日,双辽市组织开展了国际减灾日宣传活动。" }],
      },
      {
        kind: "article", line: 18, kicker: "严守“三线”思维 拓展健康脱贫成果", headline: "梨树召开医疗机构疫情防控及乡村振兴工作会议",
        dateline: tx("本报", "通讯员", "张玉雪", "本报讯(通讯员 张玉雪)"),
        body: [
          { kind: "paragraph", line: 22, text: "为进一步做好梨树县医疗机构院感防控工作,提升迎检能力等方面工作。" },
          { kind: "paragraph", line: 26, text: "会上,与会人员共同学习了国家联防联控机制综发〔2021〕96号文件;相关人员" },
        ],
        continued: true,
      },
      { kind: "photo", line: 32, caption: "梨树县交警部门开展“文明创城”交通秩序整治攻坚战。", credit: tx("本报", "通讯员", "王仁海", "本报通讯员 王仁海 摄", true) },
    ],
    extras: [], warnings: [],
  };
}

/** A page carrying template syntax and markup in its text: all of it must stay text. */
export function hostilePage(date = "2021-10-15"): PageModel {
  return {
    paper: "四平日报", date, page: 1,
    lines: { from: 1, to: 5 },
    items: [{
      kind: "article", line: 1, headline: "标题{{ 7*7 }}", kicker: "{% raw %}引题",
      body: [{ kind: "paragraph", line: 3, text: "正文<script>alert(1)</script>{{ 7*7 }}{% raw %}</script>结束" }],
    }],
    extras: [], warnings: [],
  };
}
