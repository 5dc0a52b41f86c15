// Spelling groups from the office's practice: every spelling in a group must find the others.
// Synthetic name lists, no real persons.

/** Latin transliteration variants of one name. */
export const LATIN_VARIANT_GROUPS: readonly (readonly string[])[] = [
  ['Mohammed', 'Muhammad', 'Mohamad', 'Mohamed', 'Muhammed', 'Mohammad'],
  ['Hussein', 'Husain', 'Hüseyin', 'Hossein', 'Husein'],
  ['Yusuf', 'Youssef', 'Jusuf', 'Yousef'],
  ['Olena', 'Elena', 'Jelena', 'Alena'],
  ['Oleksandr', 'Alexander', 'Aleksandr', 'Oleksander'],
  ['Shevchenko', 'Schewtschenko', 'Ševčenko'],
  ['Ahmed', 'Ahmad', 'Achmed'],
  ['Fatima', 'Fatma', 'Fatemeh'],
  ['Ali', 'ALI', 'ali'],
  ['Mustafa', 'Mustapha'],
  ['Abdullah', 'Abdallah'],
  ['Khaled', 'Chalid', 'Khalid'],
  ['Sergey', 'Sergej', 'Serhii', 'Serhiy'],
  ['Dmitry', 'Dmitri', 'Dmytro'],
  ['Yevhen', 'Jewgeni', 'Evgeny'],
];

/** Cyrillic spelling → Latin spellings it must match (passport, German and scientific). */
export const CYRILLIC_TO_LATIN: readonly (readonly [string, readonly string[]])[] = [
  ['Олена Шевченко', ['Olena Shevchenko', 'Olena Schewtschenko', 'Olena Ševčenko', 'Jelena Schewtschenko']],
  ['Олександр', ['Oleksandr', 'Alexander', 'Aleksandr', 'Oleksander']],
  ['Сергей', ['Sergey', 'Sergej', 'Serhii', 'Sergei']],
  ['Сергій', ['Serhii', 'Serhiy', 'Sergej']],
  ['Дмитро', ['Dmytro', 'Dmitri', 'Dmitry']],
  ['Євген', ['Yevhen', 'Jewgeni', 'Evgeny']],
  ['Юлія', ['Yuliia', 'Julija', 'Yulia']],
  ['Наталья', ['Natalja', 'Natalia', 'Natalya']],
  ['Ольга', ['Olga', 'Olha']],
  ['Жуков', ['Zhukov', 'Schukow']],
  ['Щербак', ['Shcherbak', 'Schtscherbak']],
  ['Хмельницький', ['Khmelnytskyi', 'Chmelnyzkyj']],
  ['Ковальчук', ['Kovalchuk', 'Kowaltschuk']],
  ['Ёлкин', ['Elkin', 'Jolkin', 'Yolkin']],
  ['Эдуард', ['Eduard']],
  ['Мар’яна Їжак', ['Mariana Yizhak', 'Marjana Jischak']],
  ['Ґалаґан', ['Galagan']],
  ['Цибулько', ['Tsybulko', 'Zybulko']],
];

/** Arabic script → Latin spellings it must match (vowel-blind, at the skeleton level). */
export const ARABIC_TO_LATIN: readonly (readonly [string, readonly string[]])[] = [
  ['محمد', ['Mohammed', 'Muhammad', 'Mohamad', 'Mohamed', 'Muhammed', 'Mohammad']],
  ['مُحَمَّد', ['Mohammed', 'Muhammad']],
  ['أحمد', ['Ahmed', 'Ahmad', 'Achmed']],
  ['حسين', ['Hussein', 'Husain', 'Hüseyin', 'Hossein', 'Husein']],
  ['يوسف', ['Yusuf', 'Youssef', 'Jusuf', 'Yousef']],
  ['فاطمة', ['Fatima', 'Fatma', 'Fatemeh']],
  ['علي', ['Ali']],
  ['مصطفى', ['Mustafa', 'Mustapha']],
  ['عبدالله', ['Abdullah', 'Abdallah']],
  ['خالد', ['Khaled', 'Chalid', 'Khalid']],
  ['جمال', ['Jamal', 'Dschamal', 'Gamal']],
  ['عمر', ['Omar']],
  ['مروان', ['Marwan']],
  ['منصور', ['Mansour', 'Mansur']],
];

/** Different names that must not match on any level. */
export const NON_MATCHES: readonly (readonly [string, string])[] = [
  ['Olena', 'Oleksandr'],
  ['Mohammed', 'Ahmed'],
  ['Shevchenko', 'Schneider'],
  ['Yusuf', 'Mustafa'],
  ['Fatima', 'Khadija'],
  ['Sergey', 'Dmitry'],
  ['Ali', 'Omar'],
  ['Kovalenko', 'Shevchenko'],
  ['محمد', 'Ahmed'],
  ['محمد', 'Yusuf'],
  ['أحمد', 'Mohammed'],
  ['Олена', 'Oleksandr'],
];
