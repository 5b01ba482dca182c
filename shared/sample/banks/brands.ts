// Phrase banks for clients: industries with their nouns for brief copy, the hand-written sample accounts, name parts for generated brands, rival agencies.
import type { AccountStatus } from '../../model/account';

/** The six kinds of business the brief, pitch and log copy is written for. */
export type Category = 'fnb' | 'auto' | 'tech' | 'fmcg' | 'finance' | 'luxury';

export type Industry = {
  key: string;
  /** Stored in `account.industry`. */
  label: string;
  category: Category;
  /** `{noun}` in copy: the product category as a marketer names it. */
  noun: string;
  /** `{material}`: the ingredient, technology or craft a brief's reasons to believe lean on. */
  material: string;
  /** `{origin}`: where that comes from. */
  origin: string;
  /** Product lines for generated brands; `{brand}` is replaced. */
  products: readonly string[];
  /** Endings of generated brand names, e.g. 茶饮 in 云杉茶饮. */
  brandEndings: readonly string[];
  /** Ending of the client company's registered name. */
  companyTail: string;
  domainWord: string;
  scope: readonly string[];
  /** Typical annual retainer of a tier-B client, in yuan. */
  typicalFee: number;
};

export const industries: readonly Industry[] = [
  { key: 'tea', label: '餐饮 · 新式茶饮', category: 'fnb', noun: '新式茶饮', material: '高山茶底与当日鲜奶', origin: '云南海拔 1,800 米以上的高山茶园', products: ['轻乳茶系列', '鲜果茶系列', '冷萃柠檬茶', '桂花乌龙拿铁'], brandEndings: ['茶饮', '茶', '茶事'], companyTail: '餐饮管理有限公司', domainWord: 'tea', scope: ['品牌策略', '新品上市 Campaign', '社交媒体内容', '门店物料', '外卖平台内容'], typicalFee: 4_800_000 },
  { key: 'coffee', label: '餐饮 · 精品咖啡', category: 'fnb', noun: '精品咖啡', material: '精品阿拉比卡咖啡豆', origin: '云南普洱与埃塞俄比亚耶加雪菲的合作庄园', products: ['燕麦拿铁', '冷萃咖啡', '挂耳咖啡礼盒', '季节限定特调'], brandEndings: ['咖啡', '咖啡馆', '咖啡研究所'], companyTail: '餐饮管理有限公司', domainWord: 'coffee', scope: ['品牌策略', '社交媒体内容', '门店空间与物料', '会员运营'], typicalFee: 4_200_000 },
  { key: 'bakery', label: '餐饮 · 烘焙', category: 'fnb', noun: '烘焙', material: '发酵黄油与 48 小时低温发酵面团', origin: '法国诺曼底的 AOP 黄油产区', products: ['碱水欧包', '中秋月饼礼盒', '全麦吐司', '节日蛋糕'], brandEndings: ['烘焙', '面包工坊', '麦香'], companyTail: '食品有限公司', domainWord: 'bakery', scope: ['整合传播', '节日礼盒营销', '社交媒体内容', '门店物料'], typicalFee: 2_800_000 },
  { key: 'car', label: '汽车', category: 'auto', noun: '中高端SUV', material: '全新 2.0T 发动机与 9 速手自一体变速箱', origin: '德国斯图加特研发中心', products: ['{brand} S7 智能轿跑', '{brand} X5 SUV', '{brand} GT 旅行版', '{brand} X3 紧凑型 SUV'], brandEndings: ['汽车', '汽车'], companyTail: '汽车销售有限公司', domainWord: 'auto', scope: ['品牌策略', '年度 Campaign', 'TVC 制作', '数字营销', '经销商零售物料', '车展活动'], typicalFee: 9_000_000 },
  { key: 'nev', label: '汽车 · 新能源', category: 'auto', noun: '新能源汽车', material: '800V 高压快充平台与自研电驱', origin: '自研电池与电驱工厂', products: ['{brand} L9 增程 SUV', '{brand} E6 纯电轿车', '{brand} M8 智能 MPV'], brandEndings: ['新能源', '汽车', '智行'], companyTail: '新能源汽车科技有限公司', domainWord: 'ev', scope: ['品牌策略', '新车上市', '用户运营', '数字营销', '发布会'], typicalFee: 8_000_000 },
  { key: 'smart-home', label: '科技 · 智能家居', category: 'tech', noun: '智能家居', material: '自研 AI 视觉算法', origin: '杭州研发中心', products: ['{brand} R10 扫地机器人', '{brand}智能门锁 S3', '{brand}全屋智能中枢', '{brand}洗地机 F5'], brandEndings: ['智能', '科技', '智家'], companyTail: '智能科技有限公司', domainWord: 'smart', scope: ['品牌策略', '新品上市', '电商内容', 'KOL 营销', '618/双 11 大促'], typicalFee: 4_500_000 },
  { key: 'electronics', label: '科技 · 消费电子', category: 'tech', noun: '消费电子', material: '自研影像芯片与降噪算法', origin: '深圳研发中心', products: ['{brand} Buds Pro 降噪耳机', '{brand} Watch 4 智能手表', '{brand} Pad 平板', '{brand}影像手机 X1'], brandEndings: ['科技', '电子', '数码'], companyTail: '电子科技有限公司', domainWord: 'tech', scope: ['品牌策略', '新品发布会', '电商内容', 'KOL 营销', '海外社交媒体'], typicalFee: 6_000_000 },
  { key: 'dairy', label: '快消 · 乳品', category: 'fmcg', noun: '乳品', material: 'A2 β-酪蛋白奶源', origin: '内蒙古锡林郭勒的自有牧场', products: ['有机纯牛奶', 'A2 儿童成长奶', '低温鲜酪酸奶', '高钙中老年奶粉'], brandEndings: ['乳业', '牧场', '乳品'], companyTail: '乳业股份有限公司', domainWord: 'dairy', scope: ['整合传播', '社交媒体内容', '电商大促', '包装设计'], typicalFee: 5_000_000 },
  { key: 'personal-care', label: '快消 · 个人护理', category: 'fmcg', noun: '个人护理', material: '氨基酸表活与天然植物精油', origin: '法国格拉斯的合作实验室', products: ['氨基酸洗发露', '香氛沐浴露', '头皮精华', '男士控油洁面'], brandEndings: ['个护', '日化', '植研'], companyTail: '日化有限公司', domainWord: 'care', scope: ['社交媒体内容', 'KOL 营销', '电商内容', '新品上市'], typicalFee: 3_500_000 },
  { key: 'snack', label: '快消 · 休闲零食', category: 'fmcg', noun: '休闲零食', material: '非油炸冻干工艺', origin: '新疆与云南的直采果园', products: ['冻干水果脆', '每日坚果', '儿童零食礼盒', '低糖坚果燕麦棒'], brandEndings: ['食品', '零食', '良品'], companyTail: '食品有限公司', domainWord: 'foods', scope: ['整合传播', '电商内容', '节日礼盒营销', '包装设计'], typicalFee: 3_000_000 },
  { key: 'beverage', label: '快消 · 饮料', category: 'fmcg', noun: '饮料', material: '0 糖 0 脂配方与天然矿泉水', origin: '长白山天然水源地', products: ['0 糖气泡水', '电解质饮料', '无糖茶', '果汁气泡饮'], brandEndings: ['饮品', '饮料', '水'], companyTail: '饮品有限公司', domainWord: 'drinks', scope: ['年度 Campaign', 'TVC 制作', '社交媒体内容', '校园营销'], typicalFee: 5_500_000 },
  { key: 'bank', label: '金融 · 银行信用卡', category: 'finance', noun: '信用卡', material: '境外消费返现与机场贵宾厅权益', origin: '总行金融科技中心', products: ['{brand}环球旅行信用卡', '{brand}青春联名卡', '{brand}手机银行 App', '{brand}白金商务卡'], brandEndings: ['银行信用卡', '银行'], companyTail: '银行股份有限公司信用卡中心', domainWord: 'bank', scope: ['品牌传播', '数字营销', '用户增长', '合规内容支持'], typicalFee: 5_200_000 },
  { key: 'insurance', label: '金融 · 保险', category: 'finance', noun: '保险', material: '百万医疗与重疾保障', origin: '总部精算与科技中心', products: ['康健百万医疗险', '鑫享养老年金', '少儿重疾险', '家庭综合保障计划'], brandEndings: ['保险', '人寿'], companyTail: '人寿保险股份有限公司', domainWord: 'life', scope: ['品牌传播', '社交媒体内容', '代理人赋能物料'], typicalFee: 3_000_000 },
  { key: 'wealth', label: '金融 · 财富管理', category: 'finance', noun: '财富管理', material: '智能投顾与专属顾问服务', origin: '总部金融科技中心', products: ['{brand}基金投顾服务', '{brand}财富 App', '{brand}养老规划服务'], brandEndings: ['财富', '证券', '资管'], companyTail: '证券股份有限公司', domainWord: 'wealth', scope: ['品牌传播', '投资者教育内容', '数字营销'], typicalFee: 3_600_000 },
  { key: 'watch', label: '奢侈品 · 腕表', category: 'luxury', noun: '高级腕表', material: '自产机芯与手工打磨工艺', origin: '瑞士汝拉山谷的制表工坊', products: ['Heritage 1931 系列', 'Ocean 潜水表', 'Lune 女士腕表', '陀飞轮限量款'], brandEndings: ['腕表', '钟表'], companyTail: '钟表（上海）贸易有限公司', domainWord: 'watches', scope: ['品牌策略', '年度 Campaign', '精品店活动', 'VIC 客户活动', '公关'], typicalFee: 6_000_000 },
  { key: 'fragrance', label: '奢侈品 · 香氛', category: 'luxury', noun: '高端香氛', material: '天然香料与调香师手作', origin: '法国格拉斯', products: ['「竹露」淡香水', '香氛蜡烛', '东方木质系列', '限定礼盒'], brandEndings: ['香氛', '香水'], companyTail: '香氛化妆品（上海）有限公司', domainWord: 'parfum', scope: ['品牌策略', '社交媒体内容', '快闪店', 'KOL 营销'], typicalFee: 3_800_000 },
  { key: 'jewelry', label: '奢侈品 · 珠宝', category: 'luxury', noun: '珠宝', material: '古法金与手工錾刻工艺', origin: '意大利佛罗伦萨的金工工坊', products: ['婚嫁系列', '古法金手镯', '钻石对戒', '生肖限定吊坠'], brandEndings: ['珠宝', '金饰'], companyTail: '珠宝首饰有限公司', domainWord: 'jewelry', scope: ['品牌策略', '节日营销', '精品店活动', '社交媒体内容'], typicalFee: 4_000_000 },
  { key: 'beauty', label: '奢侈品 · 高端护肤', category: 'luxury', noun: '高端护肤', material: '专利抗老成分', origin: '法国巴黎研发实验室', products: ['修护精华', '紧致面霜', '眼部精华', '节日限定套装'], brandEndings: ['美妆', '护肤'], companyTail: '化妆品有限公司', domainWord: 'beauty', scope: ['品牌策略', '新品上市', 'KOL 营销', '电商内容', '柜台物料'], typicalFee: 4_600_000 },
];

export type CuratedAccount = {
  brand: string;
  company: string;
  industry: string;
  status: AccountStatus;
  tier: 'A' | 'B' | 'C';
  products: readonly string[];
  domain: string;
  code: string;
  /** Years since the client appointed us (for prospects: unused). */
  years: number;
  annualFee: number | null;
  scope: readonly string[];
  notes: string;
  health?: { level: 'green' | 'amber' | 'red'; reason: string };
};

/** The twelve accounts of the small sample: invented brands that read like a real Shanghai 4A agency's roster. */
export const curatedAccounts: readonly CuratedAccount[] = [
  { brand: '青岚茶饮', company: '上海青岚餐饮管理有限公司', industry: 'tea', status: 'active', tier: 'A', products: ['山野轻乳茶', '冷萃柠檬茶', '桂花乌龙拿铁'], domain: 'qinglantea.com', code: 'QLT', years: 4.5, annualFee: 12_000_000, scope: ['品牌策略', '整合传播', '社交媒体内容', '新品上市 Campaign', '门店物料'],
    notes: '全国 1,100 家门店，华东占六成。客户决策链：品牌部提需求，市场副总裁拍板，采购最终议价；重要提案前务必与品牌总监预沟通。每年 4 个新品上市节点 + 夏季与中秋两大节点。' },
  { brand: '星驰汽车', company: '星驰汽车销售（中国）有限公司', industry: 'car', status: 'active', tier: 'A', products: ['星驰 S7 智能轿跑', '星驰 X5 SUV', '星驰 GT 旅行版'], domain: 'xingchi-auto.com', code: 'XCA', years: 6.2, annualFee: 24_000_000, scope: ['品牌策略', '年度 Campaign', 'TVC 制作', '数字营销', '经销商零售物料', '车展活动'],
    notes: '合资品牌，重大物料须经德国总部审批（预留 10 个工作日，注意时差）。每年上海 / 北京车展二选一，经销商大会在 1 月。付款账期 90 天，年底财务关账早，12 月账单须在 11 月 25 日前提交。' },
  { brand: '云栖智能', company: '杭州云栖智能科技有限公司', industry: 'smart-home', status: 'active', tier: 'A', products: ['云栖 R10 扫地机器人', '云栖智能门锁 S3', '云栖全屋智能中枢'], domain: 'yunqi-ai.com', code: 'YQI', years: 2.8, annualFee: 9_000_000, scope: ['品牌策略', '新品上市', '电商内容', 'KOL 营销', '618/双 11 大促'],
    notes: '创始人亲自参与重大创意决策，偏好数据说话。618 与双 11 占全年线上销售约四成，大促前 6 周须锁定创意。电商团队与品牌团队 KPI 不同，沟通时两边都要照顾到。' },
  { brand: '禾硕乳业', company: '内蒙古禾硕乳业股份有限公司', industry: 'dairy', status: 'active', tier: 'B', products: ['禾硕有机纯牛奶', '禾硕 A2 儿童成长奶', '禾硕鲜酪低温酸奶'], domain: 'heshuo-dairy.com', code: 'HSD', years: 3.6, annualFee: 6_800_000, scope: ['整合传播', '社交媒体内容', '电商大促', '包装设计'],
    notes: '上市公司，所有对外宣称须经法务与质量部双重审核。春节礼赠季是全年最大节点（占销售 22%）。市场部在呼和浩特，品牌团队在上海，重要会议两地视频。' },
  { brand: '沐汐个护', company: '广州沐汐日化有限公司', industry: 'personal-care', status: 'active', tier: 'B', products: ['沐汐氨基酸洗发露', '沐汐香氛沐浴露', '沐汐头皮精华'], domain: 'muxi-care.com', code: 'MXC', years: 1.9, annualFee: 4_500_000, scope: ['社交媒体内容', 'KOL 营销', '电商内容', '新品上市'],
    notes: '新锐品牌，决策快、节奏快，常有临时需求；报价需拆到单条内容。功效宣称须附检测报告，达人内容一律标注“广告”。' },
  { brand: '瀚海银行信用卡', company: '瀚海银行股份有限公司信用卡中心', industry: 'bank', status: 'active', tier: 'B', products: ['瀚海环球旅行信用卡', '瀚海青春联名卡', '瀚海手机银行 App'], domain: 'hanhaibank.com', code: 'HHB', years: 2.3, annualFee: 5_200_000, scope: ['品牌传播', '数字营销', '用户增长', '合规内容支持'],
    notes: '所有内容须经合规部审核，预留 10 个工作日；不得出现收益承诺类表述。采购走年度框架协议 + 单项目比价。' },
  { brand: '安盈保险', company: '安盈人寿保险股份有限公司', industry: 'insurance', status: 'paused', tier: 'C', products: ['安盈康健百万医疗险', '安盈鑫享养老年金', '安盈少儿重疾险'], domain: 'anyinglife.com', code: 'AYL', years: 3.1, annualFee: 2_600_000, scope: ['品牌传播', '社交媒体内容'],
    notes: '客户市场部重组，年度预算冻结，合作暂停；保持与新任市场负责人的联系，争取下半年重启。',
    health: { level: 'amber', reason: '客户市场部重组，预算冻结至下季度；新任负责人尚未见面。' } },
  { brand: '曜石腕表', company: '曜石钟表（上海）贸易有限公司', industry: 'watch', status: 'active', tier: 'A', products: ['曜石 Heritage 1931 系列', '曜石 Ocean 潜水表', '曜石 Lune 女士腕表'], domain: 'obsidian-watches.com', code: 'YSW', years: 5.0, annualFee: 15_000_000, scope: ['品牌策略', '年度 Campaign', '精品店活动', 'VIC 客户活动', '公关'],
    notes: '瑞士品牌中国区，所有视觉须经日内瓦总部审批。客户极其重视调性，文案宁少勿多。VIC 活动每年 3 场（春季新品、七夕、年末答谢）。' },
  { brand: '兰亭香氛', company: '兰亭香氛化妆品（上海）有限公司', industry: 'fragrance', status: 'prospect', tier: 'B', products: ['兰亭「竹露」淡香水', '兰亭香氛蜡烛', '兰亭东方木质系列'], domain: 'lantingparfum.com', code: 'LTX', years: 0, annualFee: null, scope: ['品牌策略', '社交媒体内容', '快闪店'],
    notes: '东方香氛新品牌，由猎头顾问推荐进入比稿。品牌创始人曾任国际香水集团中国区总经理，重视审美与团队化学反应。' },
  { brand: '麦野烘焙', company: '北京麦野食品有限公司', industry: 'bakery', status: 'prospect', tier: 'C', products: ['麦野碱水欧包', '麦野中秋月饼礼盒', '麦野全麦吐司'], domain: 'maiye-bakery.com', code: 'MYB', years: 0, annualFee: null, scope: ['整合传播', '节日礼盒营销'],
    notes: '北京本土烘焙连锁，门店 180 家，计划进入华东。目前没有长期代理，先从中秋礼盒项目合作试水。' },
  { brand: '鸣川新能源', company: '鸣川新能源汽车科技有限公司', industry: 'nev', status: 'prospect', tier: 'A', products: ['鸣川 L9 增程 SUV', '鸣川 E6 纯电轿车'], domain: 'mingchuan-ev.com', code: 'MCE', years: 0, annualFee: null, scope: ['品牌策略', '新车上市', '用户运营', '发布会'],
    notes: '新势力品牌，首款车计划明年上市，正在选择年度品牌代理。采购主导流程，比稿费 20 万元；决策人为品牌副总裁与 CMO。' },
  { brand: '橙果零食', company: '福建橙果食品有限公司', industry: 'snack', status: 'lost', tier: 'B', products: ['橙果冻干水果脆', '橙果每日坚果', '橙果儿童零食礼盒'], domain: 'chengguo-foods.com', code: 'CGS', years: 4.0, annualFee: 3_800_000, scope: ['整合传播', '电商内容', '节日礼盒营销'],
    notes: '合同到期后复审比稿失利，客户选择了报价更低的本地代理。与品牌总监私交仍好，保持节日问候，关注对方新代理的表现。' },
];

/** [root, pinyin] for generated brand names: 云杉 + 咖啡 → 云杉咖啡. */
export const brandRoots: readonly (readonly [string, string])[] = [
  ['云杉', 'yunshan'], ['青禾', 'qinghe'], ['星屿', 'xingyu'], ['素野', 'suye'], ['朗月', 'langyue'], ['知夏', 'zhixia'], ['初见', 'chujian'],
  ['拾光', 'shiguang'], ['南山', 'nanshan'], ['北屿', 'beiyu'], ['木棉', 'mumian'], ['森屿', 'senyu'], ['鹿鸣', 'luming'], ['原野', 'yuanye'],
  ['晴川', 'qingchuan'], ['墨白', 'mobai'], ['岚风', 'lanfeng'], ['溪谷', 'xigu'], ['山岚', 'shanlan'], ['一苇', 'yiwei'], ['半亩', 'banmu'],
  ['言川', 'yanchuan'], ['栖木', 'qimu'], ['予白', 'yubai'], ['小满', 'xiaoman'], ['立夏', 'lixia'], ['谷雨', 'guyu'], ['白露', 'bailu'],
  ['松间', 'songjian'], ['竹里', 'zhuli'], ['桃溪', 'taoxi'], ['梧桐', 'wutong'], ['青柠', 'qingning'], ['橘颂', 'jusong'], ['榛果', 'zhenguo'],
  ['麦穗', 'maisui'], ['稻香', 'daoxiang'], ['柚见', 'youjian'], ['海盐', 'haiyan'], ['雪峰', 'xuefeng'], ['天穹', 'tianqiong'], ['长风', 'changfeng'],
  ['远帆', 'yuanfan'], ['启航', 'qihang'], ['智行', 'zhixing'], ['星途', 'xingtu'], ['凌云', 'lingyun'], ['恒信', 'hengxin'], ['华章', 'huazhang'],
  ['嘉禾', 'jiahe'], ['泰和', 'taihe'], ['安和', 'anhe'], ['瑞丰', 'ruifeng'], ['聚源', 'juyuan'], ['博远', 'boyuan'], ['明德', 'mingde'],
  ['君悦', 'junyue'], ['承泽', 'chengze'], ['若水', 'ruoshui'], ['观澜', 'guanlan'], ['听雨', 'tingyu'], ['乐享', 'lexiang'], ['悦己', 'yueji'],
  ['向阳', 'xiangyang'], ['逐光', 'zhuguang'], ['星河', 'xinghe'], ['月白', 'yuebai'], ['晨光', 'chenguang'], ['暮云', 'muyun'], ['澄明', 'chengming'],
  ['清泉', 'qingquan'], ['翠微', 'cuiwei'], ['蓝湾', 'lanwan'], ['金穗', 'jinsui'], ['银杏', 'yinxing'], ['红枫', 'hongfeng'], ['紫藤', 'ziteng'],
  ['朱雀', 'zhuque'], ['青鸟', 'qingniao'], ['白鹭', 'bailu'], ['锦程', 'jincheng'], ['鸿渐', 'hongjian'], ['远岫', 'yuanxiu'], ['临川', 'linchuan'],
  ['怀瑾', 'huaijin'], ['知行', 'zhixing'], ['思源', 'siyuan'], ['致远', 'zhiyuan'], ['拓野', 'tuoye'], ['开物', 'kaiwu'], ['天工', 'tiangong'],
];

export const companyCities = ['上海', '北京', '杭州', '广州', '深圳', '成都', '苏州', '南京', '武汉', '厦门', '青岛', '天津'];

/** Invented rival agencies, Chinese and international-sounding, as they appear on pitch lists. */
export const rivalAgencies = [
  '观澜广告', '拾光创意', '原点互动', '野火创意', '星图传播', '方圆整合营销', '锐点数字', '一叶广告', '合纵传播', '青橙数字营销',
  '左右创意', '逗号广告', '风向标整合营销', '远山数字', '明镜营销', '北纬传播', '十二月创意', '大象广告', '白昼互动', '长桥整合营销',
  'Northbound 北向传播', 'Mosaic 马赛克创意', 'Brightline 明线广告', 'Redwood 红木整合营销', 'Tidewater 潮汐数字', 'Paper Crane 纸鹤创意',
];

export const OUR_AGENCY_SHORT = '灵犀广告';
