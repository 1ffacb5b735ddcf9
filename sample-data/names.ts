// Plausible, invented place and person names for the synthetic county. Person names are masked in the style of
// published lists (王某林), so nobody real is named.
import type { Random } from './prng';

const TOWNSHIP_STEMS = ['城关', '北河', '石门', '南庄', '王家坪', '龙泉', '东峪', '西岭', '柳林', '高阳', '白石', '青山', '马鞍', '黄土岭', '大营', '杨庄'];
const VILLAGE_FIRST = ['东', '西', '南', '北', '上', '下', '前', '后', '大', '小', '中', '新', '老', '高', '石', '柳', '杨', '李', '王', '张', '刘', '赵', '陈', '马', '孙', '黄', '白', '青', '红', '龙', '凤', '桃', '杏', '枣', '梨', '槐', '松', '沙', '河', '泉', '水', '山', '岭', '峪', '坡', '塔', '庙', '寺'];
const VILLAGE_SECOND = ['家', '官', '林', '河', '山', '沟', '峪', '台', '岭', '坪', '湾', '岗', '坊', '', '', ''];
const VILLAGE_SUFFIX = ['庄', '村', '峪', '沟', '台', '寨', '口', '屯', '营', '坊', '堡', '洼', '坡', '岭', '铺', '店'];
const SURNAMES = ['王', '李', '张', '刘', '赵', '杨', '陈', '孙', '马', '郭', '高', '董', '冯', '韩', '曹', '田', '史', '贾', '石', '宋'];
const GIVEN = ['林', '明', '华', '军', '英', '兰', '平', '国', '强', '梅', '秀', '春', '福', '顺', '山', '海', '成', '贵', '荣', '芳'];

export function townshipNames(count: number, random: Random): string[] {
  const stems = random.shuffle(TOWNSHIP_STEMS.slice(1)).slice(0, count - 1);
  // The county seat's township comes first; a third of the others are 乡 (rural townships), the rest 镇.
  return ['城关镇', ...stems.map((stem, i) => `${stem}${i % 3 === 2 ? '乡' : '镇'}`)];
}

export function villageNameFactory(random: Random): () => string {
  const used = new Set<string>();
  return () => {
    for (let attempt = 0; ; attempt++) {
      const name = `${random.pick(VILLAGE_FIRST)}${random.pick(VILLAGE_SECOND)}${random.pick(VILLAGE_SUFFIX)}`;
      const full = attempt > 50 ? `${name}${attempt}` : name;
      if (!used.has(full) && full.length >= 2) {
        used.add(full);
        return `${full}村`;
      }
    }
  };
}

export function maskedPersonName(random: Random): string {
  return `${random.pick(SURNAMES)}某${random.pick(GIVEN)}`;
}

export const CONTRACTORS = ['示例县第一土地整治工程队', '示例县农村建设工程有限公司（虚构）', '太行土地复垦工程有限公司（虚构）', '冀西农田建设工程有限公司（虚构）', '示例县水利水电工程处（虚构）'];

export const REUSE_PLANS = ['改造为乡村民宿', '改建村史馆', '农产品仓储用房', '村文化活动室', '特色养殖用房', '手工作坊', '传统民居保护'];
