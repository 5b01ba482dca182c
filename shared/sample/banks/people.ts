// Phrase banks for people: Chinese names with pinyin (for e-mail addresses), English names, titles of client contacts and agency staff.
import type { DecisionRole } from '../../model/contact';
import type { MemberLevel } from '../../model/member';

/** [surname, pinyin]. */
export const surnames: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
  ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'],
  ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'],
  ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['袁', 'yuan'], ['潘', 'pan'], ['于', 'yu'], ['蒋', 'jiang'], ['蔡', 'cai'],
  ['余', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'], ['苏', 'su'], ['魏', 'wei'], ['吕', 'lv'], ['丁', 'ding'],
  ['任', 'ren'], ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['姜', 'jiang'], ['崔', 'cui'], ['钟', 'zhong'], ['谭', 'tan'],
  ['陆', 'lu'], ['汪', 'wang'], ['范', 'fan'], ['金', 'jin'], ['石', 'shi'], ['廖', 'liao'], ['贾', 'jia'], ['夏', 'xia'],
  ['方', 'fang'], ['白', 'bai'], ['邹', 'zou'], ['孟', 'meng'], ['秦', 'qin'], ['邱', 'qiu'], ['江', 'jiang'], ['薛', 'xue'],
  ['顾', 'gu'], ['严', 'yan'], ['陶', 'tao'], ['俞', 'yu'], ['庄', 'zhuang'], ['戴', 'dai'], ['傅', 'fu'], ['钱', 'qian'],
];

export type Gender = 'f' | 'm';

/** [given name, pinyin, gender]. */
export const givenNames: readonly (readonly [string, string, Gender])[] = [
  ['思远', 'siyuan', 'm'], ['嘉怡', 'jiayi', 'f'], ['子墨', 'zimo', 'm'], ['一帆', 'yifan', 'm'], ['雨桐', 'yutong', 'f'],
  ['浩然', 'haoran', 'm'], ['思琪', 'siqi', 'f'], ['俊杰', 'junjie', 'm'], ['晓雯', 'xiaowen', 'f'], ['子豪', 'zihao', 'm'],
  ['佳宁', 'jianing', 'f'], ['婧', 'jing', 'f'], ['静怡', 'jingyi', 'f'], ['欣妍', 'xinyan', 'f'], ['梓涵', 'zihan', 'f'],
  ['宇轩', 'yuxuan', 'm'], ['诗涵', 'shihan', 'f'], ['明哲', 'mingzhe', 'm'], ['文博', 'wenbo', 'm'], ['雅婷', 'yating', 'f'],
  ['晨曦', 'chenxi', 'f'], ['天翊', 'tianyi', 'm'], ['可欣', 'kexin', 'f'], ['一鸣', 'yiming', 'm'], ['若曦', 'ruoxi', 'f'],
  ['家豪', 'jiahao', 'm'], ['心怡', 'xinyi', 'f'], ['志远', 'zhiyuan', 'm'], ['梦瑶', 'mengyao', 'f'], ['逸飞', 'yifei', 'm'],
  ['悦', 'yue', 'f'], ['楠', 'nan', 'f'], ['磊', 'lei', 'm'], ['婷', 'ting', 'f'], ['超', 'chao', 'm'], ['丹', 'dan', 'f'],
  ['琳', 'lin', 'f'], ['昊', 'hao', 'm'], ['蕾', 'lei', 'f'], ['斌', 'bin', 'm'], ['颖', 'ying', 'f'], ['鹏', 'peng', 'm'],
  ['慧敏', 'huimin', 'f'], ['晓峰', 'xiaofeng', 'm'], ['丽娜', 'lina', 'f'], ['建华', 'jianhua', 'm'], ['海燕', 'haiyan', 'f'],
  ['国栋', 'guodong', 'm'], ['伟', 'wei', 'm'], ['芳', 'fang', 'f'], ['敏', 'min', 'f'], ['佳琪', 'jiaqi', 'f'],
  ['宏宇', 'hongyu', 'm'], ['奕辰', 'yichen', 'm'], ['书瑶', 'shuyao', 'f'], ['景行', 'jingxing', 'm'], ['清扬', 'qingyang', 'm'],
  ['安琪', 'anqi', 'f'], ['嘉伟', 'jiawei', 'm'], ['睿', 'rui', 'm'], ['晴', 'qing', 'f'], ['诗雨', 'shiyu', 'f'],
  ['沐阳', 'muyang', 'm'], ['宛如', 'wanru', 'f'], ['泽宇', 'zeyu', 'm'], ['少华', 'shaohua', 'm'], ['立群', 'liqun', 'm'],
  ['亦舒', 'yishu', 'f'], ['子涵', 'zihan', 'f'], ['凯文', 'kaiwen', 'm'], ['晓琳', 'xiaolin', 'f'], ['振宇', 'zhenyu', 'm'],
  ['雪', 'xue', 'f'], ['杰', 'jie', 'm'], ['倩', 'qian', 'f'], ['涛', 'tao', 'm'], ['燕', 'yan', 'f'], ['浩', 'hao', 'm'],
];

export const englishNames: Readonly<Record<Gender, readonly string[]>> = {
  f: [
    'Amy', 'Grace', 'Kelly', 'Cindy', 'Lily', 'Lucy', 'Vivian', 'Sophie', 'Coco', 'Elaine', 'Fiona', 'Gloria', 'Helen', 'Iris',
    'Judy', 'Karen', 'Linda', 'Mandy', 'Nancy', 'Olivia', 'Peggy', 'Rachel', 'Stella', 'Tracy', 'Wendy', 'Yvonne', 'Zoe',
    'Joyce', 'Ivy', 'Cherry', 'Sherry', 'Jenny', 'Tina', 'Yolanda', 'Angela', 'Bella', 'Crystal', 'Doris', 'Emma', 'Jasmine',
  ],
  m: [
    'Eric', 'Jason', 'Tony', 'Alan', 'Frank', 'Jack', 'Andy', 'Ben', 'Chris', 'David', 'Edward', 'George', 'Henry', 'Ian',
    'James', 'Ken', 'Louis', 'Mike', 'Nick', 'Oscar', 'Paul', 'Ray', 'Sam', 'Terry', 'Victor', 'William', 'Allen', 'Bruce',
    'Dennis', 'Felix', 'Gary', 'Hugo', 'Ivan', 'Jerry', 'Kyle', 'Marco', 'Neil', 'Owen', 'Patrick', 'Roy', 'Sean', 'Tim', 'Wayne',
  ],
};

/** Client-side titles by decision role. */
export const contactTitles: Readonly<Record<DecisionRole, readonly string[]>> = {
  'decision-maker': ['CMO / 首席营销官', '市场部副总裁', '品牌总监', '市场总监', '营销中心总经理', '总经理', '数字营销副总裁'],
  influencer: ['品牌经理', '高级品牌经理', '消费者洞察经理', '数字营销总监', '电商总监', '公关总监', '产品市场经理'],
  'day-to-day': ['品牌主管', '品牌专员', '社媒运营经理', '市场专员', '内容营销经理', '媒介经理'],
  procurement: ['采购经理', '营销采购总监', '采购专员', '财务经理'],
};

export const memberTitles: Readonly<Record<MemberLevel, string>> = {
  AE: '客户主任',
  SAE: '高级客户主任',
  AM: '客户经理',
  SAM: '高级客户经理',
  AD: '客户总监',
  SAD: '高级客户总监',
  GAD: '客户群总监',
  BD: '新业务总监',
  SD: '策略总监',
  CD: '创意总监',
  ECD: '执行创意总监',
  Other: '项目经理',
};

export const mobilePrefixes = ['138', '139', '136', '137', '135', '186', '185', '158', '159', '150', '152', '177', '180', '189'];

/**
 * The sample department's own people, written by hand so the small agency reads like a real team:
 * [name, pinyin surname, English name, level, title override, manager index or -1, years in post, active].
 */
export const curatedMembers: readonly {
  name: string;
  surnamePinyin: string;
  nameEn: string;
  level: MemberLevel;
  title?: string;
  manager: number;
  years: number;
  active: boolean;
}[] = [
  { name: '陈思远', surnamePinyin: 'chen', nameEn: 'Vincent Chen', level: 'GAD', title: '客户服务总监 / 客户群总监', manager: -1, years: 9.5, active: true },
  { name: '林嘉怡', surnamePinyin: 'lin', nameEn: 'Joyce Lin', level: 'SAD', manager: 0, years: 6.2, active: true },
  { name: '周子墨', surnamePinyin: 'zhou', nameEn: 'Martin Zhou', level: 'AD', manager: 0, years: 4.1, active: true },
  { name: '许婧', surnamePinyin: 'xu', nameEn: 'Ivy Xu', level: 'AD', manager: 1, years: 3.4, active: true },
  { name: '王一帆', surnamePinyin: 'wang', nameEn: 'Evan Wang', level: 'SAM', manager: 1, years: 3.8, active: true },
  { name: '赵雨桐', surnamePinyin: 'zhao', nameEn: 'Yolanda Zhao', level: 'AM', manager: 2, years: 2.6, active: true },
  { name: '孙浩然', surnamePinyin: 'sun', nameEn: 'Howard Sun', level: 'AM', manager: 3, years: 1.9, active: true },
  { name: '刘思琪', surnamePinyin: 'liu', nameEn: 'Cherry Liu', level: 'SAE', manager: 4, years: 2.2, active: true },
  { name: '何俊杰', surnamePinyin: 'he', nameEn: 'Jay He', level: 'SAE', manager: 5, years: 1.7, active: true },
  { name: '郑晓雯', surnamePinyin: 'zheng', nameEn: 'Sherry Zheng', level: 'AE', manager: 4, years: 0.9, active: true },
  { name: '黄子豪', surnamePinyin: 'huang', nameEn: 'Leo Huang', level: 'AE', manager: 6, years: 0.6, active: true },
  { name: '吴佳宁', surnamePinyin: 'wu', nameEn: 'Jenny Wu', level: 'AE', manager: 5, years: 1.4, active: false },
  { name: '沈清扬', surnamePinyin: 'shen', nameEn: 'Simon Shen', level: 'SD', title: '策略总监', manager: -1, years: 5.3, active: true },
  { name: '高原', surnamePinyin: 'gao', nameEn: 'Kevin Gao', level: 'ECD', title: '执行创意总监', manager: -1, years: 7.1, active: true },
  { name: '唐悦', surnamePinyin: 'tang', nameEn: 'Tina Tang', level: 'CD', title: '创意总监', manager: 13, years: 3.2, active: true },
  { name: '马骁', surnamePinyin: 'ma', nameEn: 'Max Ma', level: 'BD', title: '新业务总监', manager: 0, years: 2.4, active: true },
];
