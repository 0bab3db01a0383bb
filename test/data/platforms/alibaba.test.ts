import { productUrls, otherUrls } from '../../helpers/url-table';

productUrls('alibaba', [
  ['https://www.alibaba.com/product-detail/Lemon-Cheese-Garlic-Ginger-Handheld-Stainless_62320522213.html', '/product-detail/…_<id>.html'],
  ['https://www.alibaba.com/product-detail/Wholesale-Eco-Friendly-Reusable-Natural-Bamboo_1600210044673.html', '/product-detail/…_<id>.html'],
  ['https://www.alibaba.com/product-detail/Non-Slip-Wide-Step-Potty-Training_62057145678.html?spm=a2700.galleryofferlist', '/product-detail/…_<id>.html'],
  ['http://www.alibaba.com/product-detail/FDA-Medical-Silicone-Soft-Organic-Flexible_60822233344.html', '/product-detail/…_<id>.html'],
  ['https://m.alibaba.com/product-detail/Champagne-Ice-Bucket-White-Wine-Bottles_62011122233.html', '/product-detail/…_<id>.html'],
  ['https://french.alibaba.com/product-detail/High-Temperature-Resistance-Herbal-Tea-Strainer_1600123456789.html', '/product-detail/…_<id>.html'],
  ['https://wepromoteall.en.alibaba.com/product/62320522213-801234567/Lemon_Cheese_Slicer.html', '/product/<id>-<id>/….html'],
  ['https://www.alibaba.com/product-detail/_1600210044673.html', '/product-detail/…_<id>.html'],
]);

otherUrls('alibaba', [
  'https://www.alibaba.com/',
  'https://www.alibaba.com/showroom/cheese-slicer.html',
  'https://www.alibaba.com/countrysearch/CN/cheese-slicer.html',
  'https://www.alibaba.com/trade/search?SearchText=cheese+slicer',
  'https://carp.alibaba.com/purchaseList',
  'https://wepromoteall.en.alibaba.com/',
  'https://www.alibaba.com/product-detail/', // no id
]);
