import { familyNames, names } from './name-entry';

// Synthetic name lists of origins written in Latin script (Turkey, Eritrea in its common Latin
// transliteration, Romania, Poland), with the spellings with and without diacritics offices see.

export const TURKEY = {
  male: names(['Mehmet|Mehmed', 'Mustafa', 'Ahmet|Ahmed', 'Ali', 'Hüseyin|Huseyin|Hüssein', 'Hasan', 'İbrahim|Ibrahim', 'Murat|Murad', 'Emre', 'Yusuf|Jusuf', 'Osman', 'Kemal']),
  female: names(['Ayşe|Ayse|Aische', 'Fatma', 'Emine', 'Hatice|Hatidsche', 'Zeynep|Zeinep', 'Elif', 'Meryem|Meriem', 'Özlem|Oezlem|Ozlem', 'Derya', 'Esra']),
  family: familyNames([
    'Yılmaz|Yilmaz|Jilmas',
    'Kaya|Kaja',
    'Demir',
    'Şahin|Sahin|Schahin',
    'Çelik|Celik|Tschelik',
    'Yıldız|Yildiz',
    'Yıldırım|Yildirim',
    'Öztürk|Oeztuerk|Ozturk',
    'Aydın|Aydin',
    'Özdemir|Oezdemir|Ozdemir',
    'Arslan',
    'Doğan|Dogan',
    'Kılıç|Kilic',
  ]),
};

export const ERITREA = {
  male: names(['Yonas|Jonas', 'Tesfay|Tesfai', 'Mehari|Meheri', 'Dawit|Dawid', 'Filmon|Philmon', 'Habtom|Habtum', 'Samuel', 'Mikael|Michael', 'Senay|Sennay', 'Amanuel|Emanuel']),
  female: names(['Helen|Hellen', 'Selam|Salam', 'Senait|Sennait', 'Mebrat', 'Yordanos|Jordanos', 'Lidya|Lidia', 'Eden', 'Winta', 'Tsega|Zega', 'Rahel|Rachel']),
  family: familyNames([
    'Tesfamariam|Tesfa Mariam',
    'Gebremedhin|Ghebremedhin',
    'Haile|Hayle',
    'Berhane|Berhaneh',
    'Tekle|Teckle',
    'Kidane',
    'Woldemichael|Woldemikael',
    'Gebreyesus|Ghebreyesus',
    'Asmerom|Asmerum',
    'Tsegay|Tsegai',
  ]),
};

export const ROMANIA = {
  male: names(['Ion|Ioan', 'Andrei|Andrej', 'Mihai', 'Gheorghe', 'Alexandru', 'Florin', 'Marius', 'Constantin|Konstantin', 'Vasile', 'Ionuț|Ionut']),
  female: names(['Maria', 'Elena', 'Ioana', 'Andreea', 'Mihaela|Michaela', 'Gabriela', 'Florentina', 'Ana', 'Daniela', 'Alina']),
  family: familyNames(['Popescu|Popesku', 'Ionescu|Ionesku', 'Popa', 'Radu', 'Dumitru', 'Stan', 'Stoica|Stoika', 'Munteanu', 'Lungu', 'Rusu', 'Constantin', 'Matei']),
};

export const POLAND = {
  male: names(['Piotr', 'Krzysztof', 'Tomasz', 'Paweł|Pawel', 'Michał|Michal', 'Marcin', 'Łukasz|Lukasz', 'Grzegorz', 'Jakub', 'Andrzej']),
  female: names(['Anna', 'Katarzyna', 'Małgorzata|Malgorzata', 'Agnieszka|Agnieschka', 'Magdalena', 'Joanna', 'Monika', 'Ewa', 'Barbara', 'Justyna']),
  family: familyNames([
    'Nowak|Nowack',
    'Kowalski ; Kowalska',
    'Wiśniewski|Wisniewski ; Wiśniewska|Wisniewska',
    'Wójcik|Wojcik',
    'Kamiński|Kaminski ; Kamińska|Kaminska',
    'Lewandowski ; Lewandowska',
    'Zieliński|Zielinski ; Zielińska|Zielinska',
    'Szymański|Szymanski ; Szymańska|Szymanska',
    'Woźniak|Wozniak',
    'Dąbrowski|Dabrowski ; Dąbrowska|Dabrowska',
  ]),
};
